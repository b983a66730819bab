import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { listOrganisations } from "@/db/queries/advisor";
import { buttonClasses } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { requireRolePage } from "@/lib/auth/guards";
import { CHECK_STATUS_LABELS, formatDate, formatPercent } from "@/lib/format";
import { ORGANISATION_KINDS, REGIERUNGSBEZIRKE } from "@/lib/organisations";
import { organisationListQuerySchema } from "@/lib/validation/review";

export const metadata: Metadata = { title: "Kommunen" };

const PAGE_SIZE = 25;
const SELECT = "mt-1 block rounded border-2 border-[#6b7280] px-2 py-1.5";

function Select({ name, label, value, options }: { name: string; label: string; value?: string; options: Record<string, string> }) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={SELECT}>
        <option value="">alle</option>
        {Object.entries(options).map(([key, text]) => (
          <option key={key} value={key}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function OrganisationsPage({ searchParams }: PageProps<"/beratung/kommunen">) {
  await requireRolePage(["advisor", "admin"], "/beratung/kommunen");
  const query = organisationListQuerySchema.parse(await searchParams);
  const { rows, total } = await listOrganisations(getDb(), {
    q: query.q || undefined,
    regierungsbezirk: query.bezirk,
    kind: query.art,
    verified: query.bestaetigt === undefined ? undefined : query.bestaetigt === "ja",
    latestStatus: query.status,
    sort: query.sortierung ?? "name",
    direction: query.richtung ?? "asc",
    page: query.seite,
    pageSize: PAGE_SIZE,
  });
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const linkTo = (page: number) => {
    const params = new URLSearchParams(Object.entries({ ...query, seite: String(page) }).filter(([, v]) => v !== undefined && v !== "") as [string, string][]);
    return `/beratung/kommunen?${params}`;
  };

  return (
    <>
      <PageHeader eyebrow="Beratung" title="Kommunen" lead={`${total.toLocaleString("de-DE")} Kommunen entsprechen der Auswahl.`} />
      <form method="get" role="search" aria-label="Kommunen filtern" className="mb-6 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="filter-q" className="block text-sm font-semibold">
            Name oder Gemeindeschlüssel
          </label>
          <input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} className={SELECT} />
        </div>
        <Select name="bezirk" label="Regierungsbezirk" value={query.bezirk} options={REGIERUNGSBEZIRKE} />
        <Select name="art" label="Art" value={query.art} options={ORGANISATION_KINDS} />
        <Select name="bestaetigt" label="Registrierung" value={query.bestaetigt} options={{ ja: "bestätigt", nein: "unbestätigt" }} />
        <Select name="status" label="Letzter Check" value={query.status} options={{ none: "noch keiner", ...CHECK_STATUS_LABELS }} />
        <Select name="sortierung" label="Sortierung" value={query.sortierung} options={{ name: "Name", created: "Registrierung", latest: "Letzter Check" }} />
        <Select name="richtung" label="Reihenfolge" value={query.richtung} options={{ asc: "aufsteigend", desc: "absteigend" }} />
        <button type="submit" className={buttonClasses("primary")}>
          Anzeigen
        </button>
      </form>

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
          row.latest_status === "draft"
            ? `${row.latest_answered ?? 0} von 13 beantwortet`
            : row.latest_index === null
              ? "–"
              : formatPercent(row.latest_index),
        ])}
      />
      <nav aria-label="Seiten" className="mt-4 flex flex-wrap items-center gap-4">
        {query.seite > 1 ? <Link href={linkTo(query.seite - 1)}>Vorherige Seite</Link> : null}
        <span>
          Seite {query.seite} von {pages}
        </span>
        {query.seite < pages ? <Link href={linkTo(query.seite + 1)}>Nächste Seite</Link> : null}
      </nav>
    </>
  );
}
