"use client";

import dynamic from "next/dynamic";
import { DataTable } from "@/components/ui/data-table";
import { formatNumber } from "@/lib/format";
import { AGREEMENT, AGREEMENT_LABELS } from "@/lib/kurzcheck/survey";
import type { StatementFigure } from "@/lib/kurzcheck/survey-results";

const StackedBarChart = dynamic(() => import("@/components/charts/stacked-bar-chart"), { ssr: false });

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** How the answers to each statement spread over the scale: a chart of shares and a table of the counts beside it. */
export function SurveyDistribution({ statements, texts }: { statements: readonly StatementFigure[]; texts: Record<string, string> }) {
  const label = (statement: StatementFigure) => `${statement.number}. ${texts[statement.key] ?? statement.key}`;
  return (
    <div className="grid grid-cols-1 gap-8">
      <StackedBarChart
        labels={statements.map((statement) => `Aussage ${statement.number}`)}
        series={AGREEMENT.map((value) => ({
          label: AGREEMENT_LABELS[value],
          values: statements.map((statement) => share(statement.counts[value], statement.answered)),
        }))}
        summary="Gestapeltes Balkendiagramm: Anteil jeder Antwort an den Antworten je Aussage. Die Zahlen stehen in der Tabelle darunter."
      />
      <DataTable
        caption="Anzahl der Antworten und Index je Aussage"
        columns={["Aussage", ...AGREEMENT.map((value) => AGREEMENT_LABELS[value]), "Index"]}
        rows={statements.map((statement) => [
          label(statement),
          ...AGREEMENT.map((value) => formatNumber(statement.counts[value])),
          statement.index === null ? "–" : formatNumber(Math.round(statement.index)),
        ])}
      />
    </div>
  );
}
