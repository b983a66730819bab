"use client";

import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, LineElement, PointElement, Tooltip, type ChartDataset } from "chart.js";
import { useRef } from "react";
import { Chart } from "react-chartjs-2";
import { formatPercent } from "@/lib/format";
import { SERIES_COLOURS } from "./palette";
import { numberOf, useCompactLabels } from "./use-compact-labels";

ChartJS.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

export interface RangeSeries {
  label: string;
  /** Per label a [from, to] range (the middle half of a group), or null where there is none. */
  values: readonly ([number, number] | null)[];
}

export interface PointSeries {
  label: string;
  values: readonly (number | null)[];
  style: "circle" | "triangle" | "rectRot" | "line";
}

/** Below this width the item titles do not fit beside the bars. */
const FULL_LABELS_FROM_PX = 640;

const POINT_COLOURS = ["#0b2545", "#b35c00", "#5b6470", "#6b2c91"] as const;

/**
 * Horizontal ranges per label with points on them: the middle half of a
 * group (a floating bar) and single values such as a median or the Kommune's
 * own answer. Used for comparisons with similar Kommunen and for the spread
 * of perspectives; pages pair it with a table of the same figures. Where the
 * titles do not fit beside the bars (phones, paper) the items are numbered
 * and a key below the chart names them.
 */
export default function RangeChart({
  labels,
  ranges,
  points,
  summary,
}: {
  labels: readonly string[];
  ranges: readonly RangeSeries[];
  points: readonly PointSeries[];
  summary: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartJS<"bar">>(null);
  const compact = useCompactLabels(box, chart, FULL_LABELS_FROM_PX);
  const datasets: ChartDataset<"bar" | "line", unknown[]>[] = [
    ...ranges.map((range, i): ChartDataset<"bar", unknown[]> => ({
      type: "bar",
      label: range.label,
      data: range.values.map((value) => value ?? null),
      backgroundColor: `${SERIES_COLOURS[(i + 1) % SERIES_COLOURS.length]}55`,
      borderColor: SERIES_COLOURS[(i + 1) % SERIES_COLOURS.length],
      borderWidth: 1,
      barPercentage: 0.8,
    })),
    ...points.map((point, i): ChartDataset<"line", unknown[]> => ({
      type: "line",
      indexAxis: "y",
      label: point.label,
      data: point.values.map((value) => value ?? null),
      showLine: false,
      pointStyle: point.style,
      pointRadius: 6,
      // A value of 100 % sits on the chart's edge: drawn whole, not cut in half.
      clip: false,
      pointBackgroundColor: POINT_COLOURS[i % POINT_COLOURS.length],
      borderColor: POINT_COLOURS[i % POINT_COLOURS.length],
    })),
  ];
  return (
    <div ref={box} className="w-full min-w-0">
      <div className="relative w-full" style={{ height: `${Math.max(12, labels.length * (compact ? 2 : 2.6) + 6)}rem` }}>
        <Chart
          ref={chart}
          type="bar"
          role="img"
          aria-label={summary}
          data={{ labels: labels.map((label, index) => (compact ? numberOf(label, index) : label)), datasets: datasets as ChartDataset<"bar", unknown[]>[] }}
          options={{
            indexAxis: "y",
            animation: false,
            maintainAspectRatio: false,
            layout: { padding: { right: 10 } },
            scales: { x: { min: 0, max: 100, ticks: { callback: (v) => formatPercent(Number(v)) } }, y: { ticks: { autoSkip: false } } },
            plugins: {
              legend: { position: "bottom" },
              tooltip: {
                callbacks: {
                  label: (ctx) => {
                    const raw = ctx.raw as number | [number, number] | null;
                    if (raw === null) return `${ctx.dataset.label}: –`;
                    return Array.isArray(raw)
                      ? `${ctx.dataset.label}: ${formatPercent(raw[0])} bis ${formatPercent(raw[1])}`
                      : `${ctx.dataset.label}: ${formatPercent(raw)}`;
                  },
                },
              },
            },
          }}
        />
      </div>
      {compact ? (
        <ol aria-label="Nummern im Diagramm" className="mt-2 grid grid-cols-1 gap-x-4 text-sm sm:grid-cols-2 print:grid-cols-2 print:text-[8pt]">
          {labels.map((label, index) => (
            <li key={label}>{/^\d+\./.test(label) ? label : `${index + 1}. ${label}`}</li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}
