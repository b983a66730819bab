import { formatDate } from "@/lib/format";

/** The submitted rounds of a check list (newest first, as the queries return it), oldest first for the trend. */
export function roundsForTrend(list: readonly { status: string; index: number | null; roundTitle: string; submittedAt: Date | null }[]) {
  return list
    .filter((check) => check.status !== "draft" && check.index !== null)
    .reverse()
    .map((check) => ({ title: check.roundTitle, date: formatDate(check.submittedAt), index: check.index! }));
}
