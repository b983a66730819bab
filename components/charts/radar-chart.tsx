"use client";

import { Chart as ChartJS, Filler, Legend, LineElement, PointElement, RadialLinearScale, Tooltip } from "chart.js";
import { useRef } from "react";
import { Radar } from "react-chartjs-2";
import { formatPercent } from "@/lib/format";
import { SERIES_COLOURS } from "./palette";
import { numberOf, useCompactLabels } from "./use-compact-labels";

ChartJS.register(RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

/** Below this width the item titles do not fit around the chart: it shows their numbers, the table beside it the titles. */
const FULL_LABELS_FROM_PX = 480;

/** Splits a label into lines of about `width` characters, so long item titles stay inside the canvas. */
function wrapLabel(label: string, width = 16): string[] {
  const lines: string[] = [];
  for (const word of label.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length < width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export interface RadarSeries {
  label: string;
  values: readonly (number | null)[];
}

/**
 * A radar chart of percentages (0–100) per item. It takes the width of its
 * container (phones included) and, where the titles would not fit or on
 * paper, labels the axes with the item numbers only. The canvas is only a
 * picture for sighted users: it carries a summary as its label, and every
 * page that shows it also shows the same numbers as a table.
 */
export default function RadarChart({ labels, series, summary }: { labels: readonly string[]; series: readonly RadarSeries[]; summary: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartJS<"radar">>(null);
  const compact = useCompactLabels(box, chart, FULL_LABELS_FROM_PX);

  return (
    <div ref={box} className="relative mx-auto aspect-square w-full max-w-xl min-w-0 print:max-w-[85mm]">
      <Radar
        ref={chart}
        role="img"
        aria-label={summary}
        data={{
          labels: labels.map((label, index) => (compact ? numberOf(label, index) : wrapLabel(label))),
          datasets: series.map((s, i) => {
            const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
            return {
              label: s.label,
              data: s.values.map((v) => v ?? 0),
              borderColor: colour,
              backgroundColor: `${colour}33`,
              pointBackgroundColor: colour,
              borderWidth: 2,
              fill: true,
            };
          }),
        }}
        options={{
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          layout: { padding: 4 },
          scales: {
            r: {
              min: 0,
              max: 100,
              ticks: { stepSize: 20, callback: (value) => formatPercent(Number(value)), backdropColor: "transparent", color: "#4b5563" },
              pointLabels: { font: { size: compact ? 13 : 12, weight: compact ? "bold" : "normal" }, color: "#1b1b1f" },
              grid: { color: "#c9d1dc" },
              angleLines: { color: "#c9d1dc" },
            },
          },
          plugins: {
            legend: { display: series.length > 1, position: "bottom" },
            tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatPercent(Number(ctx.raw))}` } },
          },
        }}
      />
    </div>
  );
}
