/**
 * The Kommune's own data as a spreadsheet: every round, item by item, with
 * the score, the Kommune's note and the advisors' released feedback.
 */
import type { Database } from "@/db";
import { listAnswersForOrganisation, listChecksForOrganisation, listReleasedAdvisorComments } from "@/db/queries/checks";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { assertCan } from "@/lib/auth/permissions";
import { toCsv } from "@/lib/csv";
import { CHECK_STATUS_LABELS, formatDate } from "@/lib/format";
import { CHECK_ITEMS } from "@/lib/kurzcheck/items";

export const KOMMUNE_CSV_HEADER = [
  "Runde",
  "Status",
  "Eingereicht am",
  "Index (%)",
  "Nr.",
  "Frage",
  "Einschätzung (%)",
  "Anmerkung",
  "Rückmeldung der Beratung",
] as const;

/** One row per round and item (and one for the overall feedback of a round that has it), newest round first. */
export async function kommuneChecksCsv(db: Database, user: CurrentUser, organisationId: string): Promise<string> {
  assertCan(user, "check.read", organisationId);
  const [rounds, answers, comments] = await Promise.all([
    listChecksForOrganisation(db, organisationId, "kommune"),
    listAnswersForOrganisation(db, organisationId),
    listReleasedAdvisorComments(db, organisationId),
  ]);
  const answerOf = new Map(answers.map((a) => [`${a.checkId}:${a.itemKey}`, a]));
  const feedbackOf = (checkId: string, itemKey: string | null) =>
    comments
      .filter((c) => c.checkId === checkId && c.itemKey === itemKey)
      .map((c) => c.body)
      .join("\n\n") || null;
  const rows = rounds.flatMap((round) => {
    const lead = [round.roundTitle, CHECK_STATUS_LABELS[round.status], round.submittedAt ? formatDate(round.submittedAt) : "", round.index];
    const overall = feedbackOf(round.id, null);
    return [
      ...CHECK_ITEMS.map((item) => {
        const answer = answerOf.get(`${round.id}:${item.key}`);
        return [...lead, item.number, item.title, answer?.score ?? null, answer?.note || null, feedbackOf(round.id, item.key)];
      }),
      ...(overall ? [[...lead, null, "Gesamteinschätzung der Beratung", null, null, overall]] : []),
    ];
  });
  return toCsv(KOMMUNE_CSV_HEADER, rows);
}
