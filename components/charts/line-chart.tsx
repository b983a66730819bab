"use client";

import { CategoryScale, Chart as ChartJS, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";
import { formatPercent } from "@/lib/format";
import { SERIES_COLOURS } from "./palette";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Tooltip);

/** A line of percentages (0–100) over labelled points; pages pair it with a table of the same figures. */
export default function LineChart({ labels, values, label, summary }: { labels: string[]; values: number[]; label: string; summary: string }) {
  return (
    <div className="relative h-64 w-full max-w-2xl">
      <Line
        role="img"
        aria-label={summary}
        data={{
          labels,
          datasets: [{ label, data: values, borderColor: SERIES_COLOURS[0], backgroundColor: SERIES_COLOURS[0], borderWidth: 2, pointRadius: 4 }],
        }}
        options={{
          animation: false,
          maintainAspectRatio: false,
          scales: { y: { min: 0, max: 100, ticks: { callback: (v) => formatPercent(Number(v)), color: "#4b5563" } }, x: { ticks: { color: "#1b1b1f" } } },
          plugins: { tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatPercent(Number(ctx.raw))}` } } },
        }}
      />
    </div>
  );
}
