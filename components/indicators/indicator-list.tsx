import { IndicatorCard, type PeerNames } from "./indicator-card";
import type { IndicatorView } from "@/lib/kurzcheck/indicator-view";

/** The indicators with values as cards; the others as a short list, so the page stays readable. */
export function IndicatorList({ indicators, peers, planning = false }: { indicators: readonly IndicatorView[]; peers: PeerNames; planning?: boolean }) {
  const recorded = indicators.filter((indicator) => indicator.values.length > 0);
  const empty = indicators.filter((indicator) => indicator.values.length === 0);
  return (
    <>
      {recorded.length ? (
        recorded.map((indicator) => <IndicatorCard key={indicator.key} indicator={indicator} peers={peers} planning={planning} />)
      ) : (
        <p>Noch sind keine Werte eingetragen.</p>
      )}
      {empty.length ? (
        <details className="mt-6">
          <summary className="cursor-pointer font-semibold text-brand-700">Noch ohne Werte ({empty.length})</summary>
          <ul className="mt-2 list-disc pl-6">
            {empty.map((indicator) => (
              <li key={indicator.key} className="mt-1">
                <span className="font-semibold">{indicator.name}</span>
                {indicator.derived ? " – übernimmt das Portal aus Ihren Einwohnerbefragungen" : ""}. Quelle: {indicator.source || "eigene Erhebung"}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
