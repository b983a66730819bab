import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { kommuneDirectory } from "@/lib/services/kommunen";
import { FilterForm, FilterSelect, Pager, SearchField } from "@/components/ui/list-controls";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { pageData, requireRolePage, rolePageMetadata } from "@/lib/auth/guards";
import { CHECK_STATUS_LABELS, formatDate, formatNumber, formatPercent } from "@/lib/format";
import { ORGANISATION_KINDS, REGIERUNGSBEZIRKE } from "@/lib/organisations";
import { organisationListQuerySchema } from "@/lib/validation/review";

export function generateMetadata(): Promise<Metadata> {
  return rolePageMetadata("Kommunen", ["advisor", "admin"]);
}

const PAGE_SIZE = 25;
export default async function OrganisationsPage({ searchParams }: PageProps<"/beratung/kommunen">) {
  const user = await requireRolePage(["advisor", "admin"], "/beratung/kommunen");
  const query = organisationListQuerySchema.parse(await searchParams);
  const { rows, total } = await pageData(
    kommuneDirectory(getDb(), user, {
      q: query.q || undefined,
      regierungsbezirk: query.bezirk,
      kind: query.art,
      verified: query.bestaetigt === undefined ? undefined : query.bestaetigt === "ja",
      latestStatus: query.status,
      sort: query.sortierung ?? "name",
      direction: query.richtung ?? "asc",
      page: query.seite,
      pageSize: PAGE_SIZE,
    }),
  );
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <>
      <PageHeader eyebrow="Beratung" title="Kommunen" lead={`${formatNumber(total)} Kommunen entsprechen der Auswahl.`} />
      <FilterForm label="Kommunen filtern">
        <SearchField label="Name oder Gemeindeschlüssel" value={query.q} />
        <FilterSelect name="bezirk" label="Regierungsbezirk" value={query.bezirk} options={REGIERUNGSBEZIRKE} />
        <FilterSelect name="art" label="Art" value={query.art} options={ORGANISATION_KINDS} />
        <FilterSelect name="bestaetigt" label="Registrierung" value={query.bestaetigt} options={{ ja: "bestätigt", nein: "unbestätigt" }} />
        <FilterSelect name="status" label="Letzter Check" value={query.status} options={{ none: "noch keiner", ...CHECK_STATUS_LABELS }} />
        <FilterSelect
          name="sortierung"
          label="Sortierung"
          value={query.sortierung}
          fallback="name"
          options={{ name: "Name", created: "Registrierung", latest: "Letzter Check" }}
        />
        <FilterSelect name="richtung" label="Reihenfolge" value={query.richtung} fallback="asc" options={{ asc: "aufsteigend", desc: "absteigend" }} />
      </FilterForm>

      <DataTable
        caption={`Kommunen, Seite ${query.seite} von ${pages}`}
        columns={["Kommune", "Art", "Regierungsbezirk", "Bestätigt", "Letzter Check", "Datum", "Index"]}
        rows={rows.map((row) => [
          <Link key={row.id} href={`/beratung/kommunen/${row.id}`}>
            {row.name}
          </Link>,
          ORGANISATION_KINDS[row.kind],
          REGIERUNGSBEZIRKE[row.regierungsbezirk],
          row.verified ? "ja" : "nein",
          row.latest_status ? CHECK_STATUS_LABELS[row.latest_status] : "–",
          formatDate(row.latest_date),
          row.latest_status === "draft" ? `${row.latest_answered ?? 0} von 13 beantwortet` : row.latest_index === null ? "–" : formatPercent(row.latest_index),
        ])}
      />
      <Pager page={query.seite} pages={pages} basePath="/beratung/kommunen" params={query} />
    </>
  );
}
