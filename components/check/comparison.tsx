"use client";

import dynamic from "next/dynamic";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { formatPercent } from "@/lib/format";
import { CHECK_ITEMS } from "@/lib/kurzcheck/items";
import { MIN_GROUP_SIZE } from "@/lib/kurzcheck/small-groups";
import type { AnswerScores } from "@/lib/kurzcheck/scoring";
import type { ComparisonGroup, Quartiles } from "@/lib/services/statewide";

const RangeChart = dynamic(() => import("@/components/charts/range-chart"), {
  ssr: false,
  loading: () => <p className="text-muted">Das Diagramm wird geladen …</p>,
});

const spread = (q: Quartiles | undefined) => (q ? `${formatPercent(q.q1)} bis ${formatPercent(q.q3)}` : "–");

/**
 * The Kommune beside Kommunen like it (same kind, same Regierungsbezirk):
 * the median and the middle half of each group, never one other Kommune's
 * answer. Groups with fewer than five other Kommunen say so instead.
 */
export function Comparison({ groups, scores, index }: { groups: readonly ComparisonGroup[]; scores: AnswerScores; index: number }) {
  const shown = groups.filter((g) => g.index && g.items);
  return (
    <Section id="vergleich" title="Vergleich mit ähnlichen Kommunen" wide>
      <p className="max-w-3xl">
        Verglichen wird mit dem jeweils letzten eingereichten Kurz-Check anderer Kommunen. Gezeigt werden der Median (die Hälfte liegt darüber, die Hälfte
        darunter) und die mittlere Hälfte – nie die Angaben einer einzelnen Kommune, und nur bei mindestens {MIN_GROUP_SIZE} anderen Kommunen in der Gruppe.
      </p>
      <ul className="max-w-3xl list-disc space-y-1 pl-6">
        {groups.map((group) => (
          <li key={group.key}>
            <strong>{group.label}:</strong>{" "}
            {group.index
              ? `Index-Median ${formatPercent(group.index.median)}, mittlere Hälfte ${spread(group.index)} (${group.count} Kommunen); Ihr Index: ${formatPercent(index)}.`
              : `zu wenige Vergleichswerte (weniger als ${MIN_GROUP_SIZE} andere Kommunen mit eingereichtem Kurz-Check).`}
          </li>
        ))}
      </ul>
      {shown.length ? (
        <div className="grid grid-cols-1 gap-8 xl:grid-cols-2">
          <RangeChart
            labels={CHECK_ITEMS.map((item) => `${item.number}. ${item.title}`)}
            ranges={shown.map((group) => ({
              label: `Mittlere Hälfte: ${group.label}`,
              values: CHECK_ITEMS.map((item) => (group.items![item.key] ? [group.items![item.key]!.q1, group.items![item.key]!.q3] : null)),
            }))}
            points={[
              { label: "Ihre Einschätzung", values: CHECK_ITEMS.map((item) => scores[item.key] ?? null), style: "circle" },
              ...shown.map((group) => ({
                label: `Median: ${group.label}`,
                values: CHECK_ITEMS.map((item) => group.items![item.key]?.median ?? null),
                style: "line" as const,
              })),
            ]}
            summary="Balkendiagramm: je Frage die mittlere Hälfte der Vergleichsgruppen, deren Median und Ihre Einschätzung. Die Werte stehen in der Tabelle."
          />
          <DataTable
            caption="Ihre Einschätzung im Vergleich"
            columns={["Frage", "Ihre Einschätzung", ...shown.flatMap((group) => [`Median: ${group.label}`, `Mittlere Hälfte: ${group.label}`])]}
            rows={CHECK_ITEMS.map((item) => [
              `${item.number}. ${item.title}`,
              scores[item.key] === null || scores[item.key] === undefined ? "–" : formatPercent(scores[item.key]!),
              ...shown.flatMap((group) => {
                const q = group.items![item.key];
                return [q ? formatPercent(q.median) : "–", spread(q)];
              }),
            ])}
          />
        </div>
      ) : null}
    </Section>
  );
}
