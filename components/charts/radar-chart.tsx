"use client";

import { Chart as ChartJS, Filler, Legend, LineElement, PointElement, RadialLinearScale, Tooltip } from "chart.js";
import { Radar } from "react-chartjs-2";

ChartJS.register(RadialLinearScale, PointElement, LineElement, Filler, Tooltip, Legend);

const SERIES_COLOURS = ["#13396b", "#b35c00", "#1e6b3a", "#7a1f6b"];

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
 * A radar chart of percentages (0–100) per item. The canvas is only a picture
 * for sighted users: it carries a summary as its label, and every page that
 * shows it also shows the same numbers as a table.
 */
export default function RadarChart({ labels, series, summary }: { labels: readonly string[]; series: readonly RadarSeries[]; summary: string }) {
  return (
    <div className="relative mx-auto aspect-square w-full max-w-xl">
      <Radar
        role="img"
        aria-label={summary}
        data={{
          labels: labels.map((label) => wrapLabel(label)),
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
          maintainAspectRatio: false,
          layout: { padding: 8 },
          scales: {
            r: {
              min: 0,
              max: 100,
              ticks: { stepSize: 20, callback: (value) => `${value} %`, backdropColor: "transparent", color: "#4b5563" },
              pointLabels: { font: { size: 12 }, color: "#1b1b1f" },
              grid: { color: "#c9d1dc" },
              angleLines: { color: "#c9d1dc" },
            },
          },
          plugins: {
            legend: { display: series.length > 1, position: "bottom" },
            tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label}: ${ctx.formattedValue} %` } },
          },
        }}
      />
    </div>
  );
}
