import type { Metadata } from "next";
import { getDb } from "@/db";
import { IndicatorImportForm, IndicatorValueForm, OwnIndicatorForm } from "@/components/indicators/indicator-forms";
import { IndicatorList } from "@/components/indicators/indicator-list";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { kommunePageMetadata, pageData, requireMembershipPage } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { todayInGermany } from "@/lib/dates";
import { INDICATOR_UNITS } from "@/lib/kurzcheck/indicator-set";
import { ORGANISATION_KIND_PEERS } from "@/lib/organisations";
import { indicatorOverview } from "@/lib/services/indicators";
import { MAX_UPLOAD_BYTES } from "@/lib/services/uploaded-table";
import { addOwnIndicatorAction, importIndicatorValuesAction, saveIndicatorValueAction } from "./actions";

export function generateMetadata(): Promise<Metadata> {
  return kommunePageMetadata("Indikatoren");
}

/** The Kommune's indicators per year beside similar Kommunen; members record values, type them or import a file. */
export default async function IndicatorsPage() {
  const { user, membership } = await requireMembershipPage("/kommune/indikatoren");
  const overview = await pageData(indicatorOverview(getDb(), user, membership.organisationId));
  const writable = can(user, "indicator.write", membership.organisationId);
  const choices = overview.indicators
    .filter((indicator) => !indicator.derived)
    .map((indicator) => ({ key: indicator.key, name: indicator.name, unitLabel: INDICATOR_UNITS[indicator.unit].label }));
  return (
    <>
      <PageHeader
        eyebrow={membership.organisationName}
        title="Indikatoren"
        lead="Zahlen über mehrere Jahre helfen einzuschätzen, ob Ihre Integrationsarbeit vorankommt. Tragen Sie einmal im Jahr ein, was Sie erheben oder von der Statistik bekommen – das Portal stellt jeden Wert neben die Werte ähnlicher Kommunen und neben Ihre Einschätzung im Kurz-Check."
      />
      <Section id="werte" title="Ihre Werte" wide>
        <p>
          Das Band zeigt die mittlere Hälfte der Werte {ORGANISATION_KIND_PEERS[overview.kind].ofOthers} in Bayern, die gestrichelte Linie ihren mittleren Wert
          (Median). Es erscheint erst, wenn mindestens fünf andere einen Wert für das Jahr eingetragen haben; Ihre eigene Kommune zählt nie mit. Bei Anzahlen
          gibt es kein Band: Sie hängen zu sehr von der Größe der Kommune ab.
        </p>
        <IndicatorList
          indicators={overview.indicators}
          peers={ORGANISATION_KIND_PEERS[overview.kind]}
          planning={can(user, "measure.write", membership.organisationId)}
        />
      </Section>
      {writable ? (
        <>
          <Section id="eintragen" title="Wert eintragen">
            <p>
              Ein Wert je Indikator und Jahr. Tragen Sie für ein Jahr erneut einen Wert ein, ersetzt er den bisherigen; jede Änderung wird protokolliert. Bitte
              schreiben Sie in Quelle und Anmerkung keine Angaben zu einzelnen Personen.
            </p>
            <IndicatorValueForm saveValue={saveIndicatorValueAction} indicators={choices} currentYear={Number(todayInGermany().slice(0, 4))} />
          </Section>
          <Section id="import" title="Werte aus einer Datei übernehmen">
            <p>
              Laden Sie die Vorlage herunter (<a href="/kommune/indikatoren/vorlage">Excel</a> oder <a href="/kommune/indikatoren/vorlage?format=csv">CSV</a>),
              tragen Sie Jahr und Wert ein und laden Sie sie hier hoch. Das Portal prüft jede Zeile: Ist eine fehlerhaft, wird nichts übernommen, und die
              Meldung nennt die Zeile.
            </p>
            <IndicatorImportForm importValues={importIndicatorValuesAction} indicators={choices} maxBytes={MAX_UPLOAD_BYTES} />
          </Section>
          <Section id="eigener" title="Eigenen Indikator anlegen">
            <p>Fehlt eine Zahl, die für Ihre Kommune wichtig ist? Legen Sie sie an; für eigene Indikatoren gibt es keinen Vergleich mit anderen Kommunen.</p>
            <OwnIndicatorForm addIndicator={addOwnIndicatorAction} />
          </Section>
        </>
      ) : null}
    </>
  );
}
