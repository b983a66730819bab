"use client";

import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from "chart.js";
import { Bar } from "react-chartjs-2";
import { formatPercent } from "@/lib/format";
import { BAND_COLOURS } from "./palette";

ChartJS.register(CategoryScale, LinearScale, BarElement, Tooltip, Legend);

/** Horizontal stacked bars of shares (percent) per label; pages pair it with a table of the counts. */
export default function StackedBarChart({ labels, series, summary }: { labels: string[]; series: { label: string; values: number[] }[]; summary: string }) {
  return (
    <div className="relative h-[28rem] w-full">
      <Bar
        role="img"
        aria-label={summary}
        data={{ labels, datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: BAND_COLOURS[i % BAND_COLOURS.length] })) }}
        options={{
          indexAxis: "y",
          animation: false,
          maintainAspectRatio: false,
          scales: { x: { stacked: true, min: 0, max: 100, ticks: { callback: (v) => formatPercent(Number(v)) } }, y: { stacked: true } },
          plugins: { tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatPercent(Number(ctx.raw))}` } } },
        }}
      />
    </div>
  );
}
