/** Queries on the perspectives of a round. The Kommune (or the guest's grant) is part of every WHERE but one (findWorkshopForViewer, which says why). */
import { and, asc, eq, getTableColumns, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db";
import { checks, organisations, perspectiveAnswers, perspectiveResponses, respondents, users, workshopParticipants, workshops } from "@/db/schema";
import { hashToken } from "@/lib/auth/tokens";
import { isUuid } from "@/lib/ids";
import { ITEM_KEYS, type ItemKey, type Score } from "@/lib/kurzcheck/keys";
import type { PerspectiveKey } from "@/lib/kurzcheck/perspectives";

/** The people invited to a round of the Kommune, with whether they have submitted. */
export async function listRespondents(db: Executor, organisationId: string, checkId: string) {
  return db
    .select({
      id: respondents.id,
      label: respondents.label,
      email: respondents.email,
      perspective: respondents.perspective,
      createdAt: respondents.createdAt,
      withdrawnAt: respondents.withdrawnAt,
      submittedAt: perspectiveResponses.submittedAt,
    })
    .from(respondents)
    .leftJoin(perspectiveResponses, eq(perspectiveResponses.respondentId, respondents.id))
    .where(and(eq(respondents.organisationId, organisationId), eq(respondents.checkId, checkId)))
    .orderBy(asc(respondents.createdAt));
}

/**
 * Submitted answers per workshop of the workshops `scope` selects (the
 * filter inside, so only those are counted), to be left-joined. The count is
 * read with its table named: drizzle writes a subquery's field bare.
 */
function workshopCounts(db: Executor, scope: SQL) {
  const counts = db
    .select({ workshopId: perspectiveResponses.workshopId, responses: sql<number>`count(*)::int`.as("responses") })
    .from(perspectiveResponses)
    .where(
      and(isNotNull(perspectiveResponses.submittedAt), sql`${perspectiveResponses.workshopId} IN (SELECT ${workshops.id} FROM ${workshops} WHERE ${scope})`),
    )
    .groupBy(perspectiveResponses.workshopId)
    .as("workshop_counts");
  return { counts, responses: sql<number>`coalesce(${sql.identifier("workshop_counts")}.${sql.identifier("responses")}, 0)` };
}

export async function listWorkshops(db: Executor, organisationId: string, checkId: string) {
  const scope = and(eq(workshops.organisationId, organisationId), eq(workshops.checkId, checkId))!;
  const { counts, responses } = workshopCounts(db, scope);
  return db
    .select({ id: workshops.id, code: workshops.code, startedAt: workshops.startedAt, endedAt: workshops.endedAt, responses })
    .from(workshops)
    .leftJoin(counts, eq(counts.workshopId, workshops.id))
    .where(scope)
    .orderBy(asc(workshops.startedAt));
}

/** Participants who started within the last hours and have not sent their answers yet (the table named: a correlated subquery). */
const STILL_ANSWERING = sql<number>`(SELECT count(*)::int FROM workshop_participants p WHERE p.workshop_id = "workshops"."id" AND p.submitted_at IS NULL AND p.started_at > now() - interval '3 hours')`;

/** A workshop with its count of answers and its Kommune's assigned advisor, the facts its facilitators are authorised on. */
async function workshopWithCount(db: Executor, scope: SQL) {
  const { counts, responses } = workshopCounts(db, scope);
  const [row] = await db
    .select({
      ...getTableColumns(workshops),
      responses,
      answering: STILL_ANSWERING,
      assignedAdvisorId: organisations.assignedAdvisorId,
      organisationName: organisations.name,
    })
    .from(workshops)
    .innerJoin(organisations, eq(organisations.id, workshops.organisationId))
    .leftJoin(counts, eq(counts.workshopId, workshops.id))
    .where(scope);
  return row ?? null;
}

/** A workshop of the Kommune, or null. */
export async function findWorkshop(db: Executor, organisationId: string, workshopId: string) {
  if (!isUuid(workshopId)) return null;
  return workshopWithCount(db, and(eq(workshops.id, workshopId), eq(workshops.organisationId, organisationId))!);
}

/**
 * A workshop by id alone, for the live APIs, which know no Kommune: the only
 * lookup here without one. The caller must authorise on the row's Kommune
 * (lib/services/perspectives.ts workshopForViewer) before anything of it leaves.
 */
export async function findWorkshopForViewer(db: Executor, workshopId: string) {
  if (!isUuid(workshopId)) return null;
  return workshopWithCount(db, eq(workshops.id, workshopId));
}

/** The advisor assigned to a Kommune (what the assigned advisor's rights rest on) and their name; null for an unknown Kommune. */
export async function findKommuneAssignment(db: Executor, organisationId: string) {
  if (!isUuid(organisationId)) return null;
  const [row] = await db
    .select({ organisationId: organisations.id, assignedAdvisorId: organisations.assignedAdvisorId, assignedAdvisorName: users.name })
    .from(organisations)
    .leftJoin(users, eq(users.id, organisations.assignedAdvisorId))
    .where(eq(organisations.id, organisationId));
  return row ?? null;
}

/** The open workshop behind a code, with its round's state; null for unknown or ended codes. */
export async function findOpenWorkshopByCode(db: Executor, code: string) {
  const [row] = await db
    .select({
      id: workshops.id,
      checkId: workshops.checkId,
      organisationId: workshops.organisationId,
      organisationName: organisations.name,
      code: workshops.code,
      checkStatus: checks.status,
    })
    .from(workshops)
    .innerJoin(checks, eq(checks.id, workshops.checkId))
    .innerJoin(organisations, eq(organisations.id, workshops.organisationId))
    .where(and(eq(workshops.code, code), isNull(workshops.endedAt)));
  return row ?? null;
}

/** The respondent behind a personal link's token (by its hash), with the round's state and the response so far. */
export async function findRespondentByToken(db: Executor, token: string) {
  if (token.length < 20 || token.length > 200) return null;
  const [row] = await db
    .select({
      id: respondents.id,
      checkId: respondents.checkId,
      organisationId: respondents.organisationId,
      organisationName: organisations.name,
      label: respondents.label,
      perspective: respondents.perspective,
      withdrawnAt: respondents.withdrawnAt,
      checkStatus: checks.status,
      roundTitle: checks.roundTitle,
      responseId: perspectiveResponses.id,
      submittedAt: perspectiveResponses.submittedAt,
    })
    .from(respondents)
    .innerJoin(checks, eq(checks.id, respondents.checkId))
    .innerJoin(organisations, eq(organisations.id, respondents.organisationId))
    .leftJoin(perspectiveResponses, eq(perspectiveResponses.respondentId, respondents.id))
    .where(eq(respondents.tokenHash, hashToken(token)));
  return row ?? null;
}

export async function listResponseAnswers(db: Executor, responseId: string) {
  return db
    .select({ itemKey: perspectiveAnswers.itemKey, score: perspectiveAnswers.score, note: perspectiveAnswers.note, version: perspectiveAnswers.version })
    .from(perspectiveAnswers)
    .where(eq(perspectiveAnswers.responseId, responseId));
}

/**
 * What identifies the set of a round's submitted responses: how many, and
 * the latest submission. A submitted response never changes; new ones raise
 * both, deleted ones lower the count. Read from the index on (check_id,
 * submitted_at), without touching the answers.
 */
export async function submittedResponsesVersion(db: Executor, organisationId: string, checkId: string): Promise<{ count: number; last: string | null }> {
  if (!isUuid(checkId)) return { count: 0, last: null };
  const [row] = await db
    .select({ count: sql<number>`count(*)::int`, last: sql<string | null>`max(${perspectiveResponses.submittedAt})::text` })
    .from(perspectiveResponses)
    .innerJoin(checks, and(eq(checks.id, perspectiveResponses.checkId), eq(checks.organisationId, organisationId)))
    .where(and(eq(perspectiveResponses.checkId, checkId), sql`${perspectiveResponses.submittedAt} IS NOT NULL`));
  return { count: row?.count ?? 0, last: row?.last ?? null };
}

/** Every submitted response of a round of the Kommune, with its scores (for the spread). */
export async function submittedResponses(db: Executor, organisationId: string, checkId: string) {
  const rows = await db
    .select({
      responseId: perspectiveResponses.id,
      perspective: perspectiveResponses.perspective,
      itemKey: perspectiveAnswers.itemKey,
      score: perspectiveAnswers.score,
    })
    .from(perspectiveResponses)
    .innerJoin(checks, and(eq(checks.id, perspectiveResponses.checkId), eq(checks.organisationId, organisationId)))
    .innerJoin(perspectiveAnswers, eq(perspectiveAnswers.responseId, perspectiveResponses.id))
    .where(and(eq(perspectiveResponses.checkId, checkId), sql`${perspectiveResponses.submittedAt} IS NOT NULL`));
  const responses = new Map<string, { perspective: PerspectiveKey; scores: Partial<Record<ItemKey, number | null>> }>();
  for (const row of rows) {
    const response = responses.get(row.responseId) ?? { perspective: row.perspective, scores: {} };
    response.scores[row.itemKey] = row.score;
    responses.set(row.responseId, response);
  }
  return [...responses.values()];
}

// ---- writes ------------------------------------------------------------------------------

/** A personal invitation to answer a round; its id. Only the token's hash is stored. */
export async function insertRespondent(
  db: Executor,
  respondent: { checkId: string; organisationId: string; label: string; email: string; perspective: PerspectiveKey; tokenHash: string; invitedBy: string },
): Promise<string> {
  const [created] = await db.insert(respondents).values(respondent).returning({ id: respondents.id });
  return created!.id;
}

/** Withdraws an invitation of the Kommune; false when there is no open one with that id there. */
export async function withdrawRespondentRow(db: Executor, organisationId: string, respondentId: string): Promise<boolean> {
  if (!isUuid(respondentId)) return false;
  const [withdrawn] = await db
    .update(respondents)
    .set({ withdrawnAt: sql`now()` })
    .where(and(eq(respondents.id, respondentId), eq(respondents.organisationId, organisationId), isNull(respondents.withdrawnAt)))
    .returning({ id: respondents.id });
  return withdrawn !== undefined;
}

/** The open workshop of a round, if there is one. */
export async function findOpenWorkshopOfRound(db: Executor, checkId: string) {
  const [open] = await db
    .select({ id: workshops.id, code: workshops.code })
    .from(workshops)
    .where(and(eq(workshops.checkId, checkId), isNull(workshops.endedAt)));
  return open ?? null;
}

/** A new workshop under `code`; null when the code is taken (the caller draws another). */
export async function insertWorkshop(db: Executor, workshop: { checkId: string; organisationId: string; code: string; startedBy: string }) {
  const [created] = await db.insert(workshops).values(workshop).onConflictDoNothing().returning({ id: workshops.id, code: workshops.code });
  return created ?? null;
}

/** Ends an open workshop of the Kommune; false when there is none with that id. */
export async function endWorkshopRow(db: Executor, organisationId: string, workshopId: string): Promise<boolean> {
  if (!isUuid(workshopId)) return false;
  const [ended] = await db
    .update(workshops)
    .set({ endedAt: sql`now()` })
    .where(and(eq(workshops.id, workshopId), eq(workshops.organisationId, organisationId), isNull(workshops.endedAt)))
    .returning({ id: workshops.id });
  return ended !== undefined;
}

/** The response behind a personal link, created with its first save; with whether it was submitted already. */
export async function linkResponse(db: Executor, respondent: { id: string; checkId: string; perspective: PerspectiveKey }) {
  const [response] = await db
    .insert(perspectiveResponses)
    .values({ checkId: respondent.checkId, source: "link", respondentId: respondent.id, perspective: respondent.perspective })
    .onConflictDoUpdate({ target: perspectiveResponses.respondentId, set: { perspective: respondent.perspective } })
    .returning({ id: perspectiveResponses.id, submittedAt: perspectiveResponses.submittedAt });
  return response!;
}

/** Saves one item of a response if nobody changed it since `baseVersion`; null when the write was stale. */
export async function writeResponseAnswerIfCurrent(
  db: Executor,
  responseId: string,
  input: { itemKey: ItemKey; score: Score | null; note: string; baseVersion: number },
) {
  const [saved] = await db
    .insert(perspectiveAnswers)
    .values({ responseId, itemKey: input.itemKey, score: input.score, note: input.note })
    .onConflictDoUpdate({
      target: [perspectiveAnswers.responseId, perspectiveAnswers.itemKey],
      set: { score: input.score, note: input.note, version: sql`${perspectiveAnswers.version} + 1`, updatedAt: sql`now()` },
      setWhere: sql`${perspectiveAnswers.version} = ${input.baseVersion}`,
    })
    .returning({ version: perspectiveAnswers.version, updatedAt: perspectiveAnswers.updatedAt });
  return saved ?? null;
}

/** One item of a response as saved. */
export async function findResponseAnswer(db: Executor, responseId: string, itemKey: ItemKey) {
  const [current] = await db
    .select({ score: perspectiveAnswers.score, note: perspectiveAnswers.note, version: perspectiveAnswers.version, updatedAt: perspectiveAnswers.updatedAt })
    .from(perspectiveAnswers)
    .where(and(eq(perspectiveAnswers.responseId, responseId), eq(perspectiveAnswers.itemKey, itemKey)));
  return current ?? null;
}

/** Marks the response behind a personal link submitted; false when it was already. */
export async function submitLinkResponseRow(db: Executor, respondentId: string): Promise<boolean> {
  const [done] = await db
    .update(perspectiveResponses)
    .set({ submittedAt: sql`now()` })
    .where(and(eq(perspectiveResponses.respondentId, respondentId), isNull(perspectiveResponses.submittedAt)))
    .returning({ id: perspectiveResponses.id });
  return done !== undefined;
}

/** A workshop participant's complete response, written at once. */
export async function insertWorkshopResponse(
  db: Executor,
  workshop: { id: string; checkId: string },
  perspective: PerspectiveKey,
  answers: Record<ItemKey, { score: Score; note: string }>,
): Promise<void> {
  const [response] = await db
    .insert(perspectiveResponses)
    .values({ checkId: workshop.checkId, source: "workshop", workshopId: workshop.id, perspective, submittedAt: sql`now()` })
    .returning({ id: perspectiveResponses.id });
  await db
    .insert(perspectiveAnswers)
    .values(ITEM_KEYS.map((itemKey) => ({ responseId: response!.id, itemKey, score: answers[itemKey].score, note: answers[itemKey].note })));
}

/** How the submitted answers of a workshop spread: per item, the count of each score. */
export async function workshopScoreCounts(db: Executor, workshopId: string) {
  const { rows } = await db.execute<{ item_key: ItemKey; score: number; n: number }>(sql`
    SELECT a.item_key, a.score, count(*)::int AS n FROM perspective_answers a
    JOIN perspective_responses r ON r.id = a.response_id
    WHERE r.workshop_id = ${workshopId} AND r.submitted_at IS NOT NULL AND a.score IS NOT NULL
    GROUP BY a.item_key, a.score`);
  return rows;
}

/** A participant's browser began the questionnaire (idempotent); nothing but a random id is kept. */
export async function recordParticipantStart(db: Executor, workshopId: string, participant: string): Promise<void> {
  await db.insert(workshopParticipants).values({ workshopId, participant }).onConflictDoNothing();
}

/** The participant sent their answers: no longer counted as still answering. */
export async function markParticipantSubmitted(db: Executor, workshopId: string, participant: string): Promise<void> {
  await db
    .insert(workshopParticipants)
    .values({ workshopId, participant, submittedAt: sql`now()` })
    .onConflictDoUpdate({ target: [workshopParticipants.workshopId, workshopParticipants.participant], set: { submittedAt: sql`now()` } });
}

/** A workshop by its code, open or ended, for telling a late participant that it has ended. */
export async function findWorkshopByCodeAnyState(db: Executor, code: string) {
  const [row] = await db
    .select({ id: workshops.id, endedAt: workshops.endedAt })
    .from(workshops)
    .where(eq(workshops.code, code))
    .orderBy(sql`${workshops.startedAt} DESC`)
    .limit(1);
  return row ?? null;
}
