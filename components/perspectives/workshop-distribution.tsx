"use client";

import dynamic from "next/dynamic";
import { DataTable } from "@/components/ui/data-table";
import { CHECK_ITEMS } from "@/lib/kurzcheck/items";
import type { ItemKey } from "@/lib/kurzcheck/keys";
import { BANDS } from "@/lib/kurzcheck/scoring";

const StackedBarChart = dynamic(() => import("@/components/charts/stacked-bar-chart"), { ssr: false });

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** After a workshop: how its answers spread over the three bands, per item, as a chart and a table of counts. */
export function WorkshopDistribution({ counts, responses }: { counts: Record<ItemKey, number[]>; responses: number }) {
  const bands = (key: ItemKey) => {
    const c = counts[key];
    return { low: c.slice(0, 4).reduce((a, b) => a + b, 0), middle: c.slice(4, 7).reduce((a, b) => a + b, 0), high: c.slice(7).reduce((a, b) => a + b, 0) };
  };
  if (responses === 0) return <p>Im Workshop wurde nicht geantwortet.</p>;
  return (
    <div className="grid grid-cols-1 gap-8 xl:grid-cols-2">
      <StackedBarChart
        labels={CHECK_ITEMS.map((item) => `${item.number}. ${item.title}`)}
        series={(["low", "middle", "high"] as const).map((band) => ({
          label: BANDS[band].label,
          values: CHECK_ITEMS.map((item) => share(bands(item.key)[band], responses)),
        }))}
        summary="Gestapeltes Balkendiagramm: Anteil der Antworten je Stufe für jede der 13 Fragen. Die Zahlen stehen in der Tabelle."
      />
      <DataTable
        caption="Antworten im Workshop je Stufe und Frage"
        columns={["Frage", BANDS.low.label, BANDS.middle.label, BANDS.high.label]}
        rows={CHECK_ITEMS.map((item) => {
          const b = bands(item.key);
          return [`${item.number}. ${item.title}`, b.low, b.middle, b.high];
        })}
      />
    </div>
  );
}
