/** Words of the plan of measures that pages, exports and mails share (no database, safe in the browser). */

/** The statuses in the database enum's order (db/schema.ts makes the enum from it: append only). */
export const MEASURE_STATUS_KEYS = ["planned", "in_progress", "done", "deferred"] as const;

export type MeasureStatusKey = (typeof MEASURE_STATUS_KEYS)[number];

export const MEASURE_STATUS_LABELS: Record<MeasureStatusKey, string> = {
  planned: "geplant",
  in_progress: "in Arbeit",
  done: "erledigt",
  deferred: "zurückgestellt",
};

/** Still to do: what reminders, "überfällig" and the open counts go by. */
export const OPEN_MEASURE_STATUSES = ["planned", "in_progress"] as const satisfies readonly MeasureStatusKey[];

export function isOpen(status: MeasureStatusKey): boolean {
  return (OPEN_MEASURE_STATUSES as readonly MeasureStatusKey[]).includes(status);
}

/** Overdue: open and due before today (both "YYYY-MM-DD"). */
export function isOverdue(measure: { status: MeasureStatusKey; dueOn: string | null }, today: string): boolean {
  return isOpen(measure.status) && measure.dueOn !== null && measure.dueOn < today;
}
