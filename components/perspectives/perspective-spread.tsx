"use client";

import dynamic from "next/dynamic";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { formatPercent } from "@/lib/format";
import { getItem } from "@/lib/kurzcheck/items";
import {
  describeDifference,
  DISCUSSION_GAP,
  MEDIAN_EXPLAINED,
  MIN_PERSPECTIVE_ANSWERS,
  PERSPECTIVE_KEYS,
  PERSPECTIVES,
  type ItemSpread,
  type PerspectiveKey,
  type SpreadFigure,
} from "@/lib/kurzcheck/perspectives";

const RangeChart = dynamic(() => import("@/components/charts/range-chart"), {
  ssr: false,
  loading: () => <p className="text-muted">Das Diagramm wird geladen …</p>,
});

const describe = (figure: SpreadFigure | null | undefined) =>
  figure ? `${formatPercent(figure.median)} (${formatPercent(figure.min)}–${formatPercent(figure.max)}, ${figure.n})` : "–";

/**
 * "Perspektiven": per item the median and range of each perspective (from
 * three answers on) and of all answers, beside the team's own answer; items
 * whose medians lie 30 points or more apart are marked "Gesprächsbedarf"
 * and come first. A chart and the same figures as a table.
 */
export function PerspectiveSpread({
  items,
  responses,
  headingLevel = 2,
  team = { label: "Ihr Team", subject: "Ihr Team" },
}: {
  items: readonly ItemSpread[];
  responses: number;
  headingLevel?: 2 | 3;
  /** Who gave the official answer, as the reader calls them: "Ihr Team" for the Kommune, "Kommune" for advisors and the council. */
  team?: { label: string; subject: string };
}) {
  if (responses === 0) return null;
  const shown = PERSPECTIVE_KEYS.filter((key) => items.some((item) => item.perspectives[key]));
  const label = (item: ItemSpread) => `${getItem(item.itemKey).number}. ${getItem(item.itemKey).title}${item.discussion ? " – Gesprächsbedarf" : ""}`;
  const discussion = items.filter((item) => item.discussion);
  return (
    <Section id="perspektiven" title="Perspektiven" wide headingLevel={headingLevel}>
      <p className="max-w-3xl">
        {responses} {responses === 1 ? "Person hat" : "Personen haben"} die Fragen aus ihrer Sicht beantwortet. Je Perspektive stehen Median und Spanne, sobald
        mindestens {MIN_PERSPECTIVE_ANSWERS} Antworten vorliegen; kleinere Gruppen zählen nur in „alle“ mit, damit niemand erkennbar ist. {MEDIAN_EXPLAINED}
        {discussion.length
          ? ` Bei ${discussion.length} ${discussion.length === 1 ? "Frage liegen" : "Fragen liegen"} die Sichtweisen ${DISCUSSION_GAP} Prozentpunkte oder mehr auseinander: Gesprächsbedarf.`
          : " Nirgends liegen die Sichtweisen 30 Prozentpunkte oder mehr auseinander."}
      </p>
      {discussion.length ? (
        <ul aria-label="Fragen mit Gesprächsbedarf" className="max-w-3xl list-disc pl-6">
          {discussion.map((item) => (
            <li key={item.itemKey}>
              <strong>Gesprächsbedarf:</strong> {getItem(item.itemKey).number}. {getItem(item.itemKey).title}.{" "}
              {describeDifference(item, team.subject, formatPercent)}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="grid grid-cols-1 gap-8 xl:grid-cols-2">
        <RangeChart
          labels={items.map(label)}
          ranges={[
            { label: "Spanne: alle Antworten", values: items.map((item) => (item.all ? [item.all.min, item.all.max] : null)) },
            ...shown.map((key: PerspectiveKey) => ({
              label: `Spanne: ${PERSPECTIVES[key]}`,
              values: items.map((item) => (item.perspectives[key] ? ([item.perspectives[key]!.min, item.perspectives[key]!.max] as [number, number]) : null)),
            })),
          ]}
          points={[
            { label: team.label, values: items.map((item) => item.team), style: "circle" },
            { label: "Median: alle", values: items.map((item) => item.all?.median ?? null), style: "line" },
          ]}
          summary={`Balkendiagramm: je Frage die Spanne der Antworten aus den Perspektiven, ihr Median und die Einschätzung „${team.label}“. Die Werte stehen in der Tabelle.`}
        />
        <DataTable
          caption="Antworten je Perspektive: Median (Spanne, Anzahl)"
          columns={["Frage", team.label, "alle", ...shown.map((key) => PERSPECTIVES[key])]}
          rows={items.map((item) => [
            label(item),
            item.team === null ? "–" : formatPercent(item.team),
            describe(item.all),
            ...shown.map((key) => describe(item.perspectives[key])),
          ])}
        />
      </div>
    </Section>
  );
}
