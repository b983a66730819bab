"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { formatPercent } from "@/lib/format";
import { formatIndicatorValue, INDICATOR_DIRECTIONS, INDICATOR_UNITS } from "@/lib/kurzcheck/indicator-set";
import type { IndicatorView } from "@/lib/kurzcheck/indicator-view";

/** Whom the band shows: "Andere Landkreise", "anderer Landkreise". */
export interface PeerNames {
  others: string;
  ofOthers: string;
}

const IndicatorChart = dynamic(() => import("@/components/charts/indicator-chart"), { ssr: false });

/**
 * One indicator: what it counts and where from, its values over the years
 * beside the band of similar Kommunen (as a chart and as a table), the
 * Kurz-Check items it informs with their latest scores, and the measures
 * that aim at it.
 */
export function IndicatorCard({ indicator, peers, planning = false }: { indicator: IndicatorView; peers: PeerNames; planning?: boolean }) {
  const years = [...new Set([...indicator.values.map((v) => v.year), ...indicator.band.map((b) => b.year)])].sort((a, b) => a - b);
  const rows = years.map((year) => {
    const own = indicator.values.find((v) => v.year === year);
    const band = indicator.band.find((b) => b.year === year);
    return { year, own, band };
  });
  const format = (value: number) => formatIndicatorValue(value, indicator.unit);
  const headingId = `indikator-${indicator.key}`;
  const latest = indicator.values.at(-1);
  const summary = latest
    ? `Liniendiagramm „${indicator.name}“ über ${indicator.values.length} ${indicator.values.length === 1 ? "Jahr" : "Jahre"}, zuletzt ${format(latest.value)} (${latest.year}). Die Werte stehen in der Tabelle.`
    : `Liniendiagramm „${indicator.name}“ mit den Werten ähnlicher Kommunen. Die Werte stehen in der Tabelle.`;
  return (
    <article aria-labelledby={headingId} className="mt-6 border-t border-line pt-4 break-inside-avoid">
      <h3 id={headingId} className="text-lg font-semibold hyphens-auto">
        {indicator.name}
      </h3>
      <p className="mt-1 text-sm text-muted">
        {INDICATOR_UNITS[indicator.unit].label} · {INDICATOR_DIRECTIONS[indicator.direction]}
        {indicator.own ? " · eigener Indikator" : ""}
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer font-semibold text-brand-700">Definition und Quelle</summary>
        {indicator.definition ? <p className="mt-1">{indicator.definition}</p> : null}
        {indicator.source ? <p className="mt-1">Quelle: {indicator.source}</p> : null}
      </details>
      {years.length ? (
        <div className="mt-3 grid grid-cols-1 gap-4 lg:grid-cols-2">
          <IndicatorChart
            unit={indicator.unit}
            summary={summary}
            peerLabel={peers.others}
            years={rows.map(({ year, own, band }) => ({
              year,
              value: own?.value ?? null,
              q1: band?.shown ? band.q1! : null,
              median: band?.shown ? band.median! : null,
              q3: band?.shown ? band.q3! : null,
            }))}
          />
          <DataTable
            caption={`${indicator.name}: Ihre Werte und die Werte ${peers.ofOthers} je Jahr`}
            captionHidden
            columns={["Jahr", "Ihr Wert", "Median (Zahl der Kommunen)", "Mittlere Hälfte"]}
            rows={rows.map(({ year, own, band }) => [
              String(year),
              own ? format(own.value) : "–",
              band?.shown ? `${format(band.median!)} (${band.count})` : band && !indicator.own ? `zu wenige Vergleichswerte (${band.count})` : "–",
              band?.shown ? `${format(band.q1!)} bis ${format(band.q3!)}` : "–",
            ])}
          />
        </div>
      ) : (
        <p className="mt-2">Noch kein Wert eingetragen.</p>
      )}
      {indicator.values.some((v) => v.source || v.note) ? (
        <ul className="mt-2 text-sm">
          {indicator.values
            .filter((v) => v.source || v.note)
            .map((v) => (
              <li key={v.year}>
                {v.year}: {[v.source && `Quelle: ${v.source}`, v.note].filter(Boolean).join(" – ")}
              </li>
            ))}
        </ul>
      ) : null}
      {indicator.items.length ? (
        <p className="mt-2">
          Gehört zu{" "}
          {indicator.items.map((item, index) => (
            <span key={item.key}>
              {index > 0 ? ", " : ""}
              Frage {item.number} „{item.title}“ ({item.score === null ? "noch keine Einschätzung" : `zuletzt ${formatPercent(item.score)}`})
            </span>
          ))}
          .
        </p>
      ) : null}
      {indicator.measures.length ? (
        <p className="mt-2">
          Ziel in Maßnahmen:{" "}
          {indicator.measures.map((measure, index) => (
            <span key={measure.id}>
              {index > 0 ? "; " : ""}„{measure.title}“ – {format(measure.target)}
            </span>
          ))}
        </p>
      ) : null}
      {planning && !indicator.derived ? (
        <p className="mt-2">
          <Link href={`/kommune/massnahmen/neu?indikator=${encodeURIComponent(indicator.key)}`}>Maßnahme mit Ziel für „{indicator.name}“ anlegen</Link>
        </p>
      ) : null}
    </article>
  );
}
