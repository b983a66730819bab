"use client";

import { formatPercent } from "@/lib/format";
import dynamic from "next/dynamic";
import { DataTable } from "@/components/ui/data-table";
import { getItem } from "@/lib/kurzcheck/items";
import { BANDS } from "@/lib/kurzcheck/scoring";
import { withheldLabel } from "@/lib/kurzcheck/small-groups";
import type { StatewideFigures } from "@/lib/services/statewide";

const StackedBarChart = dynamic(() => import("@/components/charts/stacked-bar-chart"), { ssr: false });

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** Statewide figures: distribution per item (chart and table), averages by group, weakest items. */
export function StatewideView({ figures, minGroupSize }: { figures: StatewideFigures; minGroupSize: number }) {
  const groupRows = (groups: StatewideFigures["byDistrict"]) =>
    groups.map((g) => [g.label, g.count, g.averageIndex !== null ? formatPercent(g.averageIndex) : (withheldLabel(g) ?? "keine Daten")]);

  if (figures.items.length === 0) {
    return (
      <p className="max-w-3xl rounded bg-brand-50 p-4">
        Bisher haben {figures.total} bestätigte Kommunen einen Kurz-Check eingereicht. Landesweite Zahlen erscheinen ab {minGroupSize} Kommunen, damit keine
        einzelne Kommune erkennbar ist.
      </p>
    );
  }
  return (
    <>
      <p className="max-w-3xl">
        Grundlage: der jeweils letzte eingereichte Kurz-Check von {figures.total} bestätigten Kommunen. Durchschnittlicher Index:{" "}
        <strong>{formatPercent(figures.averageIndex ?? 0)}</strong>. Gruppen mit weniger als {minGroupSize} Kommunen werden nicht ausgewiesen.
      </p>

      <section aria-labelledby="verteilung" className="mt-8">
        <h2 id="verteilung" className="text-2xl font-bold text-brand-900">
          Verteilung je Frage
        </h2>
        <div className="mt-4 grid grid-cols-1 gap-6 xl:grid-cols-2">
          <StackedBarChart
            labels={figures.items.map((i) => `${getItem(i.itemKey).number}. ${getItem(i.itemKey).title}`)}
            series={(["low", "middle", "high"] as const).map((band) => ({
              label: BANDS[band].label,
              values: figures.items.map((i) => share(i.bands[band], figures.total)),
            }))}
            summary="Gestapeltes Balkendiagramm: Anteil der Kommunen je Stufe für jede der 13 Fragen. Die Werte stehen in der Tabelle."
          />
          <DataTable
            caption="Kommunen je Stufe und Frage"
            columns={["Frage", BANDS.low.label, BANDS.middle.label, BANDS.high.label, "Mittelwert"]}
            rows={figures.items.map((i) => [
              `${getItem(i.itemKey).number}. ${getItem(i.itemKey).title}`,
              i.bands.low,
              i.bands.middle,
              i.bands.high,
              formatPercent(i.mean),
            ])}
          />
        </div>
      </section>

      <div className="mt-10 grid grid-cols-1 gap-8 lg:grid-cols-2">
        <DataTable
          caption="Durchschnittlicher Index nach Regierungsbezirk"
          columns={["Regierungsbezirk", "Kommunen", "Index"]}
          rows={groupRows(figures.byDistrict)}
        />
        <DataTable caption="Durchschnittlicher Index nach Art der Kommune" columns={["Art", "Kommunen", "Index"]} rows={groupRows(figures.byKind)} />
      </div>

      <section aria-labelledby="schwach" className="mt-10">
        <h2 id="schwach" className="text-2xl font-bold text-brand-900">
          Die schwächsten Fragen landesweit
        </h2>
        <ol className="mt-2 list-decimal pl-6">
          {figures.weakest.map((i) => (
            <li key={i.itemKey}>
              {getItem(i.itemKey).title}: {formatPercent(i.mean)}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
