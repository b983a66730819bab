/** Words of the plan of measures that pages, exports and mails share (no database, safe in the browser). */
export const MEASURE_STATUS_LABELS = {
  planned: "geplant",
  in_progress: "in Arbeit",
  done: "erledigt",
  deferred: "zurückgestellt",
} as const;

export type MeasureStatusKey = keyof typeof MEASURE_STATUS_LABELS;

/** Open measures count for reminders and "überfällig". */
export function isOpen(status: MeasureStatusKey): boolean {
  return status === "planned" || status === "in_progress";
}

/** Overdue: open and due before today (both "YYYY-MM-DD"). */
export function isOverdue(measure: { status: MeasureStatusKey; dueOn: string | null }, today: string): boolean {
  return isOpen(measure.status) && measure.dueOn !== null && measure.dueOn < today;
}
