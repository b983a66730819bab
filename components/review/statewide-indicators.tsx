import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { formatIndicatorValue } from "@/lib/kurzcheck/indicator-set";
import type { StatewideIndicatorFigure } from "@/lib/services/indicators";

/** Statewide indicator figures for advisors: per indicator its latest year, overall and per kind; groups under the minimum withheld. */
export function StatewideIndicators({ figures, minGroupSize }: { figures: readonly StatewideIndicatorFigure[]; minGroupSize: number }) {
  const recorded = figures.filter((figure) => figure.overall !== null);
  const range = (figure: StatewideIndicatorFigure, quartiles: { q1: number; median: number; q3: number }) =>
    `${formatIndicatorValue(quartiles.median, figure.unit)} (${formatIndicatorValue(quartiles.q1, figure.unit)} bis ${formatIndicatorValue(quartiles.q3, figure.unit)})`;
  return (
    <Section id="indikatoren" title="Indikatoren" wide>
      <p>
        Je Indikator das jüngste Jahr, für das verifizierte Kommunen Werte eingetragen haben: der Median und in Klammern die mittlere Hälfte. Gruppen mit
        weniger als {minGroupSize} Kommunen bleiben verborgen.
      </p>
      {recorded.length ? (
        <>
          <DataTable
            caption="Indikatoren landesweit"
            columns={["Indikator", "Jahr", "Kommunen", "Median (mittlere Hälfte)"]}
            rows={recorded.map((figure) => [
              figure.name,
              String(figure.year),
              String(figure.overall!.count),
              "withheld" in figure.overall! ? "zu wenige Werte" : range(figure, figure.overall!),
            ])}
          />
          <div className="mt-6">
            <DataTable
              caption="Indikatoren nach Art der Kommune"
              columns={["Indikator und Art", "Kommunen", "Median (mittlere Hälfte)"]}
              rows={recorded.flatMap((figure) =>
                figure.byKind
                  .filter((group) => group.count > 0)
                  .map((group) => [`${figure.name} – ${group.label}`, String(group.count), group.figures ? range(figure, group.figures) : "zu wenige Werte"]),
              )}
            />
          </div>
        </>
      ) : (
        <p>Noch hat keine verifizierte Kommune Indikatorwerte eingetragen.</p>
      )}
    </Section>
  );
}
