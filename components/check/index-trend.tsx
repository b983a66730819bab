"use client";

import { formatPercent } from "@/lib/format";
import dynamic from "next/dynamic";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";

const LineChart = dynamic(() => import("@/components/charts/line-chart"), { ssr: false });

/** The index over the submitted rounds, as a line and as a table. */
export function IndexTrend({ rounds }: { rounds: { title: string; date: string; index: number }[] }) {
  if (rounds.length === 0) return null;
  return (
    <Section id="entwicklung" title="Entwicklung über die Runden" wide>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        {rounds.length > 1 ? (
          <LineChart
            labels={rounds.map((r) => r.title)}
            values={rounds.map((r) => r.index)}
            label="Index"
            summary={`Liniendiagramm des Index über ${rounds.length} Runden, von ${formatPercent(rounds[0]!.index)} bis ${formatPercent(rounds.at(-1)!.index)}. Die Werte stehen in der Tabelle.`}
          />
        ) : (
          <p>Nach der nächsten eingereichten Runde sehen Sie hier, wie sich Ihr Index entwickelt.</p>
        )}
        <DataTable
          caption="Index je eingereichter Runde"
          columns={["Runde", "Eingereicht", "Index"]}
          rows={rounds.map((r) => [r.title, r.date, formatPercent(r.index)])}
        />
      </div>
    </Section>
  );
}
