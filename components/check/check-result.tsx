"use client";

import { formatPercent } from "@/lib/format";
import dynamic from "next/dynamic";
import { DataTable } from "@/components/ui/data-table";
import Link from "next/link";
import { FactorLinks } from "./factor-links";
import { CHECK_ITEMS } from "@/lib/kurzcheck/items";
import { legalDutyNotice, nextStepFor } from "@/lib/kurzcheck/next-steps";
import { twelveMonthPath } from "@/lib/kurzcheck/path";
import { bandsExplained, computeResult, type AnswerScores } from "@/lib/kurzcheck/scoring";
import type { OrganisationKind } from "@/lib/organisations";
import { TEMPLATE_TITLES } from "@/lib/templates/catalog";

// chart.js is loaded only where a result is shown, never with the rest of the site.
const RadarChart = dynamic(() => import("@/components/charts/radar-chart"), {
  ssr: false,
  loading: () => <p className="text-muted">Das Diagramm wird geladen …</p>,
});

const STRENGTH_FROM = 70;
const GAP_UP_TO = 30;

/**
 * The result of a complete check: index and level, a radar chart with the
 * same figures as a table, strengths, gaps, a next step for every item (the
 * weakest first, in the variant for the Kommune's kind) and a 12-month path.
 */
export function CheckResult({
  scores,
  previous,
  kind = null,
  offerMeasures = false,
  headingId = "ergebnis",
}: {
  scores: AnswerScores;
  /** The previous submitted round, for the change per item. */
  previous?: { roundTitle: string; scores: AnswerScores } | null;
  /** The Kommune's kind, where known: next steps differ for Landkreise, kreisfreie Städte and kreisangehörige Gemeinden. */
  kind?: OrganisationKind | null;
  /** A Kommune's own result: each next step can be taken over into its plan of measures. */
  offerMeasures?: boolean;
  headingId?: string;
}) {
  const result = computeResult(scores);
  if (!result.complete || result.index === null || !result.band) return null;

  const rows = CHECK_ITEMS.map((item, i) => ({ item, score: result.items[i]!.score!, band: result.items[i]!.band! }));
  const strengths = rows.filter((row) => row.score >= STRENGTH_FROM);
  const gaps = rows.filter((row) => row.score <= GAP_UP_TO);
  const weakestFirst = [...rows].sort((a, b) => a.score - b.score || a.item.number - b.item.number);
  const duties = rows.flatMap((row) => legalDutyNotice(row.item.key, row.band.key) ?? []);
  const path = twelveMonthPath(scores, result.band.key, kind);
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
        <p className="mt-2 text-sm text-muted">
          Der Index ist der Mittelwert Ihrer 13 Einschätzungen. {bandsExplained(formatPercent)} Index und Stufen sind eine Lesehilfe dieses Portals; die
          Broschüre selbst fragt nur nach den 13 Einschätzungen.
        </p>
      </div>
      {duties.map((duty) => (
        <p key={duty} role="note" className="mt-4 max-w-3xl rounded border-s-4 border-warning-700 bg-warning-100 p-3 font-semibold">
          {duty}
        </p>
      ))}

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
            columns={
              previous ? ["Frage", "Einschätzung", "Stufe", `Veränderung zu ${previous.roundTitle} (Prozentpunkte)`] : ["Frage", "Einschätzung", "Stufe"]
            }
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
            <p className="mt-2">
              Noch keine Frage erreicht {formatPercent(STRENGTH_FROM)} oder mehr. Die nächsten Schritte unten zeigen, wo Sie beginnen können.
            </p>
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
        <p className="mt-1 max-w-3xl">Zu jeder Frage ein Schritt, der zu Ihrem Stand passt – die Fragen mit den niedrigsten Werten zuerst.</p>
        <ol aria-label="Nächste Schritte je Frage" className="mt-4 space-y-4">
          {weakestFirst.map((row) => {
            const step = nextStepFor(row.item, row.band.key, kind);

            return (
              <li key={row.item.key} className="rounded-lg border border-line p-4">
                <h4 id={`schritt-${row.item.key}`} className="font-semibold">
                  {row.item.number}. {row.item.title}: {formatPercent(row.score)} – {row.band.label}
                </h4>
                <p className="mt-1">{step.text}</p>
                {step.template ? (
                  <p className="mt-2 text-sm">
                    Vorlage: <Link href={`/vorlagen/${step.template}`}>{TEMPLATE_TITLES[step.template]}</Link>
                  </p>
                ) : null}
                <FactorLinks item={row.item} />
                {offerMeasures ? (
                  <p className="no-print mt-2">
                    <Link
                      href={`/kommune/massnahmen/neu?frage=${row.item.key}&wert=${row.score}`}
                      aria-describedby={`schritt-${row.item.key}`}
                      className="font-semibold"
                    >
                      Als Maßnahme übernehmen
                    </Link>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </div>

      <div className="mt-8 max-w-3xl rounded-lg border-2 border-brand-700 p-5">
        <h3 className="text-xl font-semibold">Ihr Weg durch die nächsten 12 Monate</h3>
        <p className="mt-1 font-semibold text-brand-900">{path.title}</p>
        <p className="mt-1 text-sm text-muted">
          Aus Ihren Antworten zusammengestellt: die Fragen unter {formatPercent(70)}, zuerst die Grundlagen, auf denen die weiteren Schritte aufbauen.
        </p>
        <ol className="mt-3 space-y-3">
          {path.stages.map((stage) => (
            <li key={stage.when}>
              <strong>{stage.when}</strong>
              <ul className="mt-1 list-disc space-y-1 pl-6">
                {stage.steps.map((step) => (
                  <li key={step.item.key}>
                    <span className="font-semibold">
                      {step.item.title} ({formatPercent(scores[step.item.key]!)}):
                    </span>{" "}
                    {step.text}
                  </li>
                ))}
                {stage.note ? <li>{stage.note}</li> : null}
              </ul>
            </li>
          ))}
        </ol>
        {path.later.length ? <p className="mt-3">Für das Jahr danach: {path.later.map((item) => `${item.number}. ${item.title}`).join(", ")}.</p> : null}
      </div>
    </section>
  );
}
