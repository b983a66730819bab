import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db";
import { CalendarFeed } from "@/components/measures/calendar-feed";
import { MeasureList } from "@/components/measures/measure-list";
import { ButtonLink } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { FilterForm, FilterSelect } from "@/components/ui/list-controls";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { kommunePageMetadata, pageData, requireMembershipPage } from "@/lib/auth/guards";
import { formatPercent } from "@/lib/format";
import { CHECK_ITEMS } from "@/lib/kurzcheck/items";
import { MEASURE_STATUS_LABELS } from "@/lib/measures";
import { todayInGermany } from "@/lib/dates";
import { loadPlan, responsibleCandidates } from "@/lib/services/measures";
import { measureFilterSchema } from "@/lib/validation/measures";
import { renewCalendarFeedAction } from "@/app/kommune/massnahmen/actions";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Maßnahmenplan");
}

export default async function MeasuresPage({ searchParams }: PageProps<"/kommune/massnahmen">) {
  const { user, membership } = await requireMembershipPage("/kommune/massnahmen");
  const query = measureFilterSchema.parse(await searchParams);
  const db = getDb();
  const [plan, people] = await pageData(
    Promise.all([
      loadPlan(db, user, membership.organisationId, {
        status: query.status,
        itemKey: query.frage,
        responsible: query.verantwortlich || undefined,
        overdueOn: query.ueberfaellig ? todayInGermany() : undefined,
      }),
      responsibleCandidates(db, user, membership.organisationId),
    ]),
  );
  const shown = plan.measures;
  const roles = [...new Set(plan.measures.map((m) => m.responsibleRole).filter((role): role is string => Boolean(role)))];
  const filtered = Boolean(query.status || query.frage || query.verantwortlich || query.ueberfaellig);

  return (
    <>
      <PageHeader
        eyebrow={membership.organisationName}
        title="Maßnahmenplan"
        lead="Was Ihre Kommune bis zur nächsten Runde des Kurz-Checks tun will: je Maßnahme die Fragen, um die es geht, wer verantwortlich ist, bis wann und mit welchem Ziel."
      />
      <div className="no-print flex flex-wrap items-center gap-4">
        <ButtonLink href="/kommune/massnahmen/neu">Neue Maßnahme</ButtonLink>
        <a href="/kommune/massnahmen/kalender" download>
          Fälligkeiten als Kalender (iCal) herunterladen
        </a>
        <a href="/kommune/massnahmen/excel" download>
          Plan als Excel-Datei (.xlsx)
        </a>
        <a href="/kommune/massnahmen/export" download>
          Plan als CSV für Excel
        </a>
      </div>

      <Section id="stand" title="Stand je Frage" wide>
        <p>
          {plan.latestRound
            ? `Aktueller Wert: Ihre Einschätzung im ${plan.latestRound.roundTitle}. Ziel: der höchste Zielwert Ihrer Maßnahmen zu der Frage.`
            : "Sobald Ihre Kommune einen Kurz-Check eingereicht hat, steht hier der aktuelle Wert je Frage."}
        </p>
        <DataTable
          caption="Stand und Ziele je Frage"
          captionHidden
          columns={["Frage", "Aktueller Wert", "Ziel", "Maßnahmen (offen / alle)"]}
          rows={plan.perItem.map((row) => [
            <Link key={row.item.key} href={`/kommune/massnahmen?frage=${row.item.key}`}>
              {row.item.number}. {row.item.title}
            </Link>,
            row.score === null ? "–" : formatPercent(row.score),
            row.target === null ? "–" : formatPercent(row.target),
            `${row.open} / ${row.measures}`,
          ])}
        />
      </Section>

      <Section id="massnahmen" title={filtered ? `Maßnahmen (${shown.length} von ${plan.total})` : `Maßnahmen (${plan.total})`} wide>
        <FilterForm label="Maßnahmen filtern">
          <FilterSelect name="status" label="Status" value={query.status} options={MEASURE_STATUS_LABELS} />
          <FilterSelect
            name="frage"
            label="Frage"
            value={query.frage}
            options={Object.fromEntries(CHECK_ITEMS.map((item) => [item.key, `${item.number}. ${item.title}`]))}
          />
          <FilterSelect
            name="verantwortlich"
            label="Verantwortlich"
            value={query.verantwortlich}
            options={{ ...Object.fromEntries(people.map((p) => [p.id, p.name])), ...Object.fromEntries(roles.map((role) => [role, role])) }}
          />
          <FilterSelect name="ueberfaellig" label="Fälligkeit" value={query.ueberfaellig} options={{ ja: "nur überfällige" }} />
        </FilterForm>
        {shown.length === 0 ? (
          <p>
            {filtered
              ? "Keine Maßnahme entspricht der Auswahl."
              : "Noch keine Maßnahme. Übernehmen Sie einen nächsten Schritt aus Ihrem Ergebnis oder legen Sie eine neue an."}
          </p>
        ) : (
          <MeasureList measures={shown} notes={plan.notes} today={plan.today} hrefFor={(id) => `/kommune/massnahmen/${id}`} />
        )}
      </Section>

      <Section id="kalender" title="Kalender abonnieren">
        <CalendarFeed renewCalendarFeed={renewCalendarFeedAction} />
      </Section>
    </>
  );
}
