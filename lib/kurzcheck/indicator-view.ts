/** An indicator as the pages show it: the service builds it, the cards render it. */
import type { CoreIndicator, IndicatorDirection, IndicatorUnit } from "./indicator-set";
import type { ItemKey } from "./keys";
import type { Quartiles } from "./small-groups";

/** The band of similar Kommunen in one year; null figures when fewer than five others have a value. */
export interface PeerBand extends Partial<Quartiles> {
  year: number;
  count: number;
  shown: boolean;
}

export interface IndicatorView extends Pick<CoreIndicator, "key" | "name" | "definition" | "unit" | "direction" | "source"> {
  own: boolean;
  derived: boolean;
  items: { key: ItemKey; number: number; title: string; score: number | null }[];
  values: { year: number; value: number; source: string; note: string }[];
  /** Per year of the Kommune's values and the peers' (own indicators have none). */
  band: PeerBand[];
  measures: { id: string; title: string; target: number }[];
}

/** One line of the council report's page "Indikatoren": the latest value, the one before, and the peers' median of the latest year. */
export interface ReportIndicator {
  name: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  latest: { year: number; value: number };
  previous: { year: number; value: number } | null;
  peerMedian: number | null;
}

/** The indicators with at least one value, as the council report lists them. */
export function reportIndicators(indicators: readonly IndicatorView[]): ReportIndicator[] {
  return indicators.flatMap((indicator) => {
    const latest = indicator.values.at(-1);
    if (!latest) return [];
    const previous = indicator.values.at(-2) ?? null;
    const band = indicator.band.find((entry) => entry.year === latest.year);
    return [
      {
        name: indicator.name,
        unit: indicator.unit,
        direction: indicator.direction,
        latest: { year: latest.year, value: latest.value },
        previous: previous ? { year: previous.year, value: previous.value } : null,
        peerMedian: band?.shown ? band.median! : null,
      },
    ];
  });
}
