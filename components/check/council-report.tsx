"use client";

import { formatNumber, formatPercent } from "@/lib/format";
import dynamic from "next/dynamic";
import { useState } from "react";
import { PrintButton } from "@/components/ui/print-button";
import { DataTable } from "@/components/ui/data-table";
import { CHECK_ITEMS } from "@/lib/kurzcheck/items";
import type { ItemKey } from "@/lib/kurzcheck/keys";
import { nextStepFor } from "@/lib/kurzcheck/next-steps";
import { bandsExplained, computeResult, type AnswerScores } from "@/lib/kurzcheck/scoring";
import { MEASURE_STATUS_LABELS, type MeasureStatusKey } from "@/lib/measures";
import type { ItemSpread } from "@/lib/kurzcheck/perspectives";
import { PerspectiveSpread } from "@/components/perspectives/perspective-spread";
import type { OrganisationKind } from "@/lib/organisations";
import { SURVEY_AREA_LABELS, type SurveyAreaKey } from "@/lib/kurzcheck/survey";
import { formatIndicatorValue, INDICATOR_DIRECTIONS } from "@/lib/kurzcheck/indicator-set";
import type { ReportIndicator } from "@/lib/kurzcheck/indicator-view";

export interface ResidentsView {
  title: string;
  responses: number;
  open: boolean;
  overall: number | null;
  areas: readonly { area: SurveyAreaKey; own: number | null; residents: number | null; gap: number | null }[];
}

export interface ReportMeasure {
  title: string;
  status: MeasureStatusKey;
  /** Already formatted ("31.05.2027" or "ohne Termin"). */
  dueOn: string;
  responsible: string;
}

const RadarChart = dynamic(() => import("@/components/charts/radar-chart"), { ssr: false });

/** Notes longer than this are cut under their item (the page must stay one sheet) and follow in full below. */
const NOTE_PREVIEW_LENGTH = 120;

function shorten(note: string): string {
  const flat = note.replace(/\s+/g, " ").trim();
  return flat.length <= NOTE_PREVIEW_LENGTH ? flat : `${flat.slice(0, NOTE_PREVIEW_LENGTH - 1).trimEnd()} …`;
}

/**
 * One A4 page for the council or Kreistag: the figures, the chart with its
 * table, strengths, gaps with next steps and the advisors' summary. An
 * appendix (its own printed page, on by default when there is a plan) lists
 * "Unsere Maßnahmen" and the next step for every one of the 13 items.
 */
export function CouncilReport({
  organisationName,
  roundTitle,
  submittedOn,
  scores,
  notes,
  summary,
  kind,
  measures,
  spread,
  residents,
  indicators,
  peerLabel,
}: {
  organisationName: string;
  roundTitle: string;
  submittedOn: string;
  scores: AnswerScores;
  /** The Kommune's notes per item; shortened under each item, in full after the table. */
  notes: Partial<Record<ItemKey, string>>;
  summary: string[];
  kind: OrganisationKind;
  /** The plan of measures, open and done (deferred ones are left out). */
  measures: readonly ReportMeasure[];
  /** The perspectives on the round, if any answered. */
  spread: { items: readonly ItemSpread[]; responses: number };
  /** The residents' view from the Kommune's latest survey, if it has asked them. */
  residents: ResidentsView | null;
  /** The Kommune's indicators with values (the page "Indikatoren"). */
  indicators: readonly ReportIndicator[];
  /** "Andere Landkreise": whom the indicators' medians come from. */
  peerLabel: string;
}) {
  const [withAppendix, setWithAppendix] = useState(measures.length > 0 || spread.responses > 0 || residents !== null || indicators.length > 0);
  const result = computeResult(scores);
  if (!result.complete || result.index === null || !result.band) return null;
  const rows = CHECK_ITEMS.map((item, i) => ({ item, score: result.items[i]!.score!, band: result.items[i]!.band! }));
  const strengths = rows.filter((r) => r.score >= 70).sort((a, b) => b.score - a.score);
  const weakestFirst = [...rows].sort((a, b) => a.score - b.score || a.item.number - b.item.number);
  const gaps = weakestFirst.slice(0, 3);
  const longNotes = rows.filter((r) => (notes[r.item.key] ?? "").length > NOTE_PREVIEW_LENGTH);

  return (
    <article className="mx-auto max-w-[190mm] text-[13px] leading-snug print:text-[9.5pt]">
      <div className="no-print mb-6 flex flex-wrap items-center gap-4">
        <PrintButton>Drucken oder als PDF speichern</PrintButton>
        <span className="text-sm text-muted">
          Der Bericht passt auf eine DIN-A4-Seite. Ein Anhang beginnt auf einer neuen Seite und braucht je nach Zahl der Maßnahmen und Perspektiven weitere
          Seiten; die Druckvorschau Ihres Browsers zeigt, wie viele.
        </span>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={withAppendix} onChange={(event) => setWithAppendix(event.target.checked)} className="h-4 w-4" />
          Mit Anhang: unsere Maßnahmen, die Indikatoren, die Perspektiven, die Sicht der Einwohner*innen und die nächsten Schritte zu allen 13 Fragen
        </label>
      </div>
      <header className="border-b-2 border-brand-700 pb-2">
        <p className="text-sm font-semibold text-brand-600">Kurz-Check Integration · Bericht für den Rat</p>
        <h1 className="text-2xl font-bold text-brand-900">{organisationName}</h1>
        <p>
          {roundTitle} · eingereicht am {submittedOn} · Index <strong>{formatPercent(result.index)}</strong> ({result.band.label})
        </p>
      </header>

      <div className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-2 print:grid-cols-2">
        <div className="print:break-inside-avoid">
          <RadarChart
            labels={rows.map((r) => `${r.item.number}. ${r.item.title}`)}
            series={[{ label: roundTitle, values: rows.map((r) => r.score) }]}
            summary={`Netzdiagramm der 13 Einschätzungen, Index ${formatPercent(result.index)}; die Werte stehen in der Tabelle.`}
          />
        </div>
        <DataTable
          dense
          caption="Einschätzung je Frage"
          columns={["Frage", "Wert"]}
          rows={rows.map((r) => [
            <>
              {`${r.item.number}. ${r.item.title}`}
              {notes[r.item.key] ? <span className="block text-xs leading-tight text-muted">{shorten(notes[r.item.key]!)}</span> : null}
            </>,
            formatPercent(r.score),
          ])}
        />
      </div>

      <div className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-2 print:grid-cols-2">
        <div>
          <section aria-labelledby="bericht-staerken">
            <h2 id="bericht-staerken" className="font-bold text-brand-900">
              Stärken
            </h2>
            <ul className="list-disc pl-5">
              {strengths.length ? (
                strengths.map((r) => <li key={r.item.key}>{`${r.item.title} (${formatPercent(r.score)})`}</li>)
              ) : (
                <li>Noch keine Frage bei 70 % oder mehr.</li>
              )}
            </ul>
          </section>
          {/* The reading aid sits under the short list of strengths, where a printed sheet has room. */}
          <p className="mt-3 text-xs text-muted">
            Der Index ist der Mittelwert der 13 Einschätzungen ({formatPercent(0)} bis {formatPercent(100)}). {bandsExplained(formatPercent)}
          </p>
        </div>
        <section aria-labelledby="bericht-schritte">
          <h2 id="bericht-schritte" className="font-bold text-brand-900">
            Größte Lücken und nächste Schritte
          </h2>
          <ul className="list-disc pl-5">
            {gaps.map((r) => (
              <li key={r.item.key}>
                <strong>{`${r.item.title} (${formatPercent(r.score)}):`}</strong> {nextStepFor(r.item, r.band.key, kind).text}
              </li>
            ))}
          </ul>
        </section>
      </div>

      {summary.length ? (
        <section aria-labelledby="bericht-beratung" className="mt-3">
          <h2 id="bericht-beratung" className="font-bold text-brand-900">
            Einschätzung der Beratung (NIKO)
          </h2>
          {summary.map((text, i) => (
            <p key={i} className="whitespace-pre-line">
              {text}
            </p>
          ))}
        </section>
      ) : null}
      {longNotes.length ? (
        <div className="mt-3">
          <DataTable
            dense
            caption="Anmerkungen der Kommune im Wortlaut"
            columns={["Frage", "Anmerkung"]}
            rows={longNotes.map((r) => [
              `${r.item.number}. ${r.item.title}`,
              <span key={r.item.key} className="block text-left whitespace-pre-line">
                {notes[r.item.key]}
              </span>,
            ])}
          />
        </div>
      ) : null}
      {withAppendix ? (
        <section aria-labelledby="bericht-massnahmen" className="mt-6 print:break-before-page">
          <h2 id="bericht-massnahmen" className="font-bold text-brand-900">
            Unsere Maßnahmen
          </h2>
          {measures.length ? (
            <DataTable
              dense
              caption="Maßnahmen mit Status, Termin und Verantwortlichen"
              captionHidden
              columns={["Maßnahme", "Status", "Fällig am", "Verantwortlich"]}
              rows={measures.map((m) => [m.title, MEASURE_STATUS_LABELS[m.status], m.dueOn, m.responsible])}
            />
          ) : (
            <p>Noch keine Maßnahmen im Plan.</p>
          )}
        </section>
      ) : null}
      {withAppendix && indicators.length ? <IndicatorsSection indicators={indicators} peerLabel={peerLabel} /> : null}
      {withAppendix ? (
        <PerspectiveSpread
          items={spread.items}
          responses={spread.responses}
          team={{ label: "Selbsteinschätzung", subject: "die Selbsteinschätzung der Verwaltung" }}
        />
      ) : null}
      {withAppendix && residents ? <ResidentsSection residents={residents} /> : null}
      {withAppendix ? (
        <section aria-labelledby="bericht-alle-schritte" className="mt-6">
          <h2 id="bericht-alle-schritte" className="font-bold text-brand-900">
            Nächste Schritte zu allen 13 Fragen (die niedrigsten Werte zuerst)
          </h2>
          {/* Ordered by score, so the items keep their own numbers in the text; a list numbering of its own would double them. */}
          <ul className="mt-1 space-y-1">
            {weakestFirst.map((r) => (
              <li key={r.item.key} className="break-inside-avoid">
                <strong>{`Frage ${r.item.number}: ${r.item.title} (${formatPercent(r.score)}, ${r.band.label}):`}</strong>{" "}
                {nextStepFor(r.item, r.band.key, kind).text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}

/** The appendix's page on the resident survey: each area, the administration's view beside the residents'. */
function ResidentsSection({ residents }: { residents: ResidentsView }) {
  const points = (value: number | null) => (value === null ? "–" : `${Math.round(value)} von 100`);
  return (
    <section aria-labelledby="bericht-befragung" className="mt-6 break-inside-avoid">
      <h2 id="bericht-befragung" className="font-bold text-brand-900">
        Sicht der Einwohner*innen
      </h2>
      <p>
        {`Befragung „${residents.title}“ mit ${formatNumber(residents.responses)} ${residents.responses === 1 ? "Antwort" : "Antworten"}${residents.open ? " (läuft noch)" : ""}; Gesamtindex ${points(residents.overall)}. Große Abstände zeigen, wo die Verwaltung ihre Arbeit anders sieht als die Menschen vor Ort.`}
      </p>
      <DataTable
        dense
        caption="Einschätzung der Verwaltung und Sicht der Befragten je Bereich"
        captionHidden
        columns={["Bereich", "Einschätzung der Verwaltung", "Sicht der Befragten"]}
        rows={residents.areas.map((area) => [
          SURVEY_AREA_LABELS[area.area],
          area.own === null ? "–" : formatPercent(Math.round(area.own)),
          points(area.residents),
        ])}
      />
    </section>
  );
}

/** The appendix's page "Indikatoren": each recorded indicator's latest value, the one before, and the median of similar Kommunen. */
function IndicatorsSection({ indicators, peerLabel }: { indicators: readonly ReportIndicator[]; peerLabel: string }) {
  return (
    <section aria-labelledby="bericht-indikatoren" className="mt-6 print:break-before-page">
      <h2 id="bericht-indikatoren" className="font-bold text-brand-900">
        Indikatoren
      </h2>
      <p>Die zuletzt eingetragenen Werte, der Wert davor und der Median {peerLabel} im selben Jahr (nur bei mindestens fünf Vergleichswerten).</p>
      <DataTable
        dense
        caption="Indikatoren mit letztem Wert, Vorwert und Median ähnlicher Kommunen"
        captionHidden
        columns={["Indikator", "Zuletzt", "Davor", `Median ${peerLabel}`, "Zielrichtung"]}
        rows={indicators.map((indicator) => [
          indicator.name,
          `${formatIndicatorValue(indicator.latest.value, indicator.unit)} (${indicator.latest.year})`,
          indicator.previous ? `${formatIndicatorValue(indicator.previous.value, indicator.unit)} (${indicator.previous.year})` : "–",
          indicator.peerMedian === null ? "–" : formatIndicatorValue(indicator.peerMedian, indicator.unit),
          INDICATOR_DIRECTIONS[indicator.direction],
        ])}
      />
    </section>
  );
}
