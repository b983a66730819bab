"use client";

import { formatPercent } from "@/lib/format";
import dynamic from "next/dynamic";
import { DataTable } from "@/components/ui/data-table";
import { FactorLinks } from "./factor-links";
import { CHECK_ITEMS } from "@/lib/kurzcheck/items";
import { computeResult, type AnswerScores } from "@/lib/kurzcheck/scoring";

// chart.js is loaded only where a result is shown, never with the rest of the site.
const RadarChart = dynamic(() => import("@/components/charts/radar-chart"), {
  ssr: false,
  loading: () => <p className="text-muted">Das Diagramm wird geladen …</p>,
});

const STRENGTH_FROM = 70;
const GAP_UP_TO = 30;

/**
 * The result of a complete check: index and level, a radar chart with the
 * same figures as a table, strengths, gaps and the next steps for the weakest items.
 */
export function CheckResult({
  scores,
  previous,
  nextSteps = 5,
  headingId = "ergebnis",
}: {
  scores: AnswerScores;
  /** The previous submitted round, for the change per item. */
  previous?: { roundTitle: string; scores: AnswerScores } | null;
  /** How many of the weakest items get their next step. */
  nextSteps?: number;
  headingId?: string;
}) {
  const result = computeResult(scores);
  if (!result.complete || result.index === null || !result.band) return null;

  const rows = CHECK_ITEMS.map((item, i) => ({ item, score: result.items[i]!.score!, band: result.items[i]!.band! }));
  const strengths = rows.filter((row) => row.score >= STRENGTH_FROM);
  const gaps = rows.filter((row) => row.score <= GAP_UP_TO);
  const weakest = [...rows].sort((a, b) => a.score - b.score || a.item.number - b.item.number).slice(0, nextSteps);
  const change = (key: keyof AnswerScores, score: number) => {
    const before = previous?.scores[key];
    if (before === undefined || before === null) return "–";
    const delta = score - before;
    return delta === 0 ? "±0" : `${delta > 0 ? "+" : "−"}${Math.abs(delta)}`;
  };

  return (
    <section aria-labelledby={headingId} className="mt-10">
      <h2 id={headingId} className="text-2xl font-bold text-brand-900">
        Ihr Ergebnis
      </h2>
      <div className="mt-4 rounded-lg border-2 border-brand-700 bg-brand-50 p-6">
        <p className="text-lg">
          Ihr Index: <strong className="text-3xl text-brand-900">{formatPercent(result.index)}</strong>
        </p>
        <p className="mt-2">
          <strong>{result.band.label}.</strong> {result.band.description}
        </p>
        <p className="mt-2 text-sm text-muted">Der Index ist der Mittelwert Ihrer 13 Einschätzungen.</p>
      </div>

      <div className="mt-8 grid grid-cols-1 gap-8 lg:grid-cols-2">
        <div>
          <h3 className="text-xl font-semibold">Ihr Profil als Diagramm</h3>
          <RadarChart
            labels={rows.map((row) => `${row.item.number}. ${row.item.title}`)}
            series={[
              { label: "Ihre Einschätzung", values: rows.map((row) => row.score) },
              ...(previous ? [{ label: previous.roundTitle, values: rows.map((row) => previous.scores[row.item.key] ?? null) }] : []),
            ]}
            summary={`Netzdiagramm Ihrer 13 Einschätzungen, Index ${formatPercent(result.index)}. Die Werte stehen in der Tabelle daneben.`}
          />
        </div>
        <div>
          <h3 className="text-xl font-semibold">Ihre Einschätzungen als Tabelle</h3>
          <DataTable
            caption="Einschätzung je Frage"
            captionHidden
            columns={previous ? ["Frage", "Einschätzung", "Stufe", `Veränderung zu ${previous.roundTitle} (Prozentpunkte)`] : ["Frage", "Einschätzung", "Stufe"]}
            rows={rows.map((row) => [
              `${row.item.number}. ${row.item.title}`,
              formatPercent(row.score),
              row.band.label,
              ...(previous ? [change(row.item.key, row.score)] : []),
            ])}
          />
        </div>
      </div>

      <div className="mt-8 grid grid-cols-1 gap-6 md:grid-cols-2">
        <div>
          <h3 className="text-xl font-semibold">Ihre Stärken</h3>
          {strengths.length ? (
            <ul className="mt-2 list-disc pl-6">
              {strengths.map((row) => (
                <li key={row.item.key}>
                  {row.item.title} ({formatPercent(row.score)})
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">Noch keine Frage erreicht {formatPercent(STRENGTH_FROM)} oder mehr. Die nächsten Schritte unten zeigen, wo Sie beginnen können.</p>
          )}
        </div>
        <div>
          <h3 className="text-xl font-semibold">Ihre größten Lücken</h3>
          {gaps.length ? (
            <ul className="mt-2 list-disc pl-6">
              {gaps.map((row) => (
                <li key={row.item.key}>
                  {row.item.title} ({formatPercent(row.score)})
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">Keine Frage liegt bei {formatPercent(GAP_UP_TO)} oder darunter.</p>
          )}
        </div>
      </div>

      <div className="mt-8">
        <h3 className="text-xl font-semibold">Ihre nächsten Schritte</h3>
        <p className="mt-1">Für die Fragen mit den niedrigsten Werten, passend zu Ihrem Stand:</p>
        <ol className="mt-4 space-y-4">
          {weakest.map((row) => (
            <li key={row.item.key} className="rounded-lg border border-line p-4">
              <p className="font-semibold">
                {row.item.title}: {formatPercent(row.score)} – {row.band.label}
              </p>
              <p className="mt-1">{row.item.nextSteps[row.band.key]}</p>
              <FactorLinks item={row.item} />
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
