import Link from "next/link";
import type { MeasureRow } from "@/lib/services/measures";
import { formatDate, formatPercent } from "@/lib/format";
import { getItem } from "@/lib/kurzcheck/items";
import { isOverdue, MEASURE_STATUS_LABELS } from "@/lib/measures";

interface NoteRow {
  measureId: string;
  body: string;
  fromAdvisor: boolean;
  createdAt: Date;
}

/** The measures of a plan as cards: status, due date (overdue marked in words), items, responsible, target, latest note. */
export function MeasureList({
  measures,
  notes,
  today,
  hrefFor,
}: {
  measures: readonly MeasureRow[];
  notes: readonly NoteRow[];
  today: string;
  hrefFor: (id: string) => string;
}) {
  return (
    <ul aria-label="Maßnahmen" className="space-y-4">
      {measures.map((measure) => {
        const overdue = isOverdue(measure, today);
        const latest = notes.filter((n) => n.measureId === measure.id && !n.fromAdvisor).at(-1);
        return (
          <li key={measure.id} className={`rounded-lg border p-4 ${overdue ? "border-2 border-warning-700" : "border-line"}`}>
            <h3 className="text-lg font-semibold">
              <Link href={hrefFor(measure.id)}>{measure.title}</Link>
            </h3>
            <p className="mt-1 text-sm">
              <strong>Status:</strong> {MEASURE_STATUS_LABELS[measure.status]} · <strong>Fällig am:</strong>{" "}
              {measure.dueOn ? formatDate(`${measure.dueOn}T12:00:00Z`) : "ohne Termin"}
              {overdue ? <strong className="text-warning-700"> – überfällig</strong> : null} · <strong>Verantwortlich:</strong>{" "}
              {measure.responsibleName ?? measure.responsibleRole ?? "–"} · <strong>Zielwert:</strong>{" "}
              {measure.targetScore === null ? "–" : formatPercent(measure.targetScore)}
            </p>
            <p className="mt-1 text-sm text-muted">Fragen: {measure.items.map((key) => `${getItem(key).number}. ${getItem(key).title}`).join(", ")}</p>
            {latest ? (
              <p className="mt-2 text-sm">
                Letzter Eintrag ({formatDate(latest.createdAt)}): {latest.body.length > 160 ? `${latest.body.slice(0, 159)} …` : latest.body}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
