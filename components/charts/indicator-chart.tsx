"use client";

import { CategoryScale, Chart as ChartJS, Filler, Legend, LinearScale, LineElement, PointElement, Tooltip } from "chart.js";
import { Line } from "react-chartjs-2";
import { formatIndicatorValue, type IndicatorUnit } from "@/lib/kurzcheck/indicator-set";
import { SERIES_COLOURS } from "./palette";

ChartJS.register(CategoryScale, LinearScale, PointElement, LineElement, Filler, Legend, Tooltip);

export interface IndicatorChartYear {
  year: number;
  value: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
}

/**
 * One indicator over the years: the Kommune's values as a line, the middle
 * half of similar Kommunen as a shaded band with their median dashed. The
 * page pairs it with a table of the same figures.
 */
export default function IndicatorChart({
  years,
  unit,
  summary,
  peerLabel,
}: {
  years: IndicatorChartYear[];
  unit: IndicatorUnit;
  summary: string;
  peerLabel: string;
}) {
  const band = "rgba(91, 100, 112, 0.18)";
  const hasBand = years.some((year) => year.median !== null);
  return (
    <div className="relative h-56 w-full max-w-xl">
      <Line
        role="img"
        aria-label={summary}
        data={{
          labels: years.map((year) => String(year.year)),
          datasets: [
            ...(hasBand
              ? [
                  {
                    label: `${peerLabel}: obere Grenze der mittleren Hälfte`,
                    data: years.map((year) => year.q3),
                    borderColor: "transparent",
                    backgroundColor: band,
                    pointRadius: 0,
                    fill: "+1",
                    spanGaps: true,
                  },
                  {
                    label: `${peerLabel}: untere Grenze der mittleren Hälfte`,
                    data: years.map((year) => year.q1),
                    borderColor: "transparent",
                    backgroundColor: band,
                    pointRadius: 0,
                    fill: false,
                    spanGaps: true,
                  },
                  {
                    label: `${peerLabel}: Median`,
                    data: years.map((year) => year.median),
                    borderColor: SERIES_COLOURS[2],
                    backgroundColor: SERIES_COLOURS[2],
                    borderDash: [6, 4],
                    borderWidth: 2,
                    pointRadius: 2,
                    fill: false,
                    spanGaps: true,
                  },
                ]
              : []),
            {
              label: "Ihre Kommune",
              data: years.map((year) => year.value),
              borderColor: SERIES_COLOURS[0],
              backgroundColor: SERIES_COLOURS[0],
              borderWidth: 3,
              pointRadius: 4,
              fill: false,
              spanGaps: true,
            },
          ],
        }}
        options={{
          animation: false,
          maintainAspectRatio: false,
          scales: {
            y: { beginAtZero: true, ticks: { callback: (value) => formatIndicatorValue(Number(value), unit), color: "#4b5563" } },
            x: { ticks: { color: "#1b1b1f" } },
          },
          plugins: {
            legend: { labels: { color: "#1b1b1f", filter: (item) => !String(item.text).includes("Grenze") } },
            tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${formatIndicatorValue(Number(ctx.raw), unit)}` } },
          },
        }}
      />
    </div>
  );
}
