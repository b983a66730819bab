import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { formatPercent } from "@/lib/format";
import type { CheckItem } from "@/lib/kurzcheck/items";
import { MEASURE_STATUS_LABELS, type MeasureStatusKey } from "@/lib/measures";

export interface FollowUpRow {
  item: CheckItem;
  target: number | null;
  reached: number | null;
  met: boolean | null;
  measures: readonly { id: string; title: string; status: MeasureStatusKey }[];
}

/** At the next round: per item the target the plan set, the score now reached, and the year's measures with their status. */
export function FollowUp({ rows, since }: { rows: readonly FollowUpRow[]; since: string | null }) {
  if (rows.length === 0) return null;
  return (
    <Section id="ziele" title="Ziele aus Ihrem Maßnahmenplan: erreicht?" wide>
      <p>
        {since
          ? `Die Maßnahmen, die Sie seit dem ${since} geplant haben, und ob diese Runde ihre Zielwerte erreicht.`
          : "Die Maßnahmen, die Sie vor dieser Runde geplant haben, und ob diese Runde ihre Zielwerte erreicht."}
      </p>
      <DataTable
        caption="Zielwert und erreichter Wert je Frage"
        columns={["Frage", "Zielwert", "Erreicht", "Maßnahmen"]}
        rows={rows.map((row) => [
          `${row.item.number}. ${row.item.title}`,
          row.target === null ? "–" : formatPercent(row.target),
          row.reached === null ? "–" : `${formatPercent(row.reached)}${row.met === null ? "" : row.met ? " – Ziel erreicht" : " – noch nicht erreicht"}`,
          <ul key={row.item.key} className="text-left">
            {row.measures.map((measure) => (
              <li key={measure.id}>
                <Link href={`/kommune/massnahmen/${measure.id}`}>{measure.title}</Link> ({MEASURE_STATUS_LABELS[measure.status]})
              </li>
            ))}
          </ul>,
        ])}
      />
    </Section>
  );
}
