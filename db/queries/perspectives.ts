/** Queries on the perspectives of a round. The Kommune (or the guest's grant) is part of every WHERE. */
import { and, asc, eq, getTableColumns, isNotNull, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { checks, organisations, perspectiveAnswers, perspectiveResponses, respondents, workshops } from "@/db/schema";
import { hashToken } from "@/lib/auth/tokens";
import { isUuid } from "@/lib/ids";
import type { ItemKey } from "@/lib/kurzcheck/keys";
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

/** The submitted answers per workshop, joined where a count is shown (a join keeps the columns qualified). */
function workshopCounts(db: Executor) {
  return db
    .select({ workshopId: perspectiveResponses.workshopId, responses: sql<number>`count(*)::int`.as("responses") })
    .from(perspectiveResponses)
    .where(and(isNotNull(perspectiveResponses.workshopId), isNotNull(perspectiveResponses.submittedAt)))
    .groupBy(perspectiveResponses.workshopId)
    .as("workshop_counts");
}

export async function listWorkshops(db: Executor, organisationId: string, checkId: string) {
  const counts = workshopCounts(db);
  return db
    .select({
      id: workshops.id,
      code: workshops.code,
      startedAt: workshops.startedAt,
      endedAt: workshops.endedAt,
      responses: sql<number>`coalesce(${counts.responses}, 0)`,
    })
    .from(workshops)
    .leftJoin(counts, eq(counts.workshopId, workshops.id))
    .where(and(eq(workshops.organisationId, organisationId), eq(workshops.checkId, checkId)))
    .orderBy(asc(workshops.startedAt));
}

/**
 * A workshop with its count of answers and the Kommune's assigned advisor,
 * the facts its facilitators are authorised on. Scoped to `organisationId`
 * where the caller has one (the Kommune's pages, the advisor's page of that
 * Kommune); the live APIs pass null and the service authorises on the
 * workshop's own Kommune before anything of it leaves.
 */
export async function findWorkshop(db: Executor, organisationId: string | null, workshopId: string) {
  if (!isUuid(workshopId)) return null;
  const counts = workshopCounts(db);
  const [row] = await db
    .select({ ...getTableColumns(workshops), responses: sql<number>`coalesce(${counts.responses}, 0)`, assignedAdvisorId: organisations.assignedAdvisorId })
    .from(workshops)
    .innerJoin(organisations, eq(organisations.id, workshops.organisationId))
    .leftJoin(counts, eq(counts.workshopId, workshops.id))
    .where(and(eq(workshops.id, workshopId), organisationId === null ? undefined : eq(workshops.organisationId, organisationId)));
  return row ?? null;
}

/** The advisor assigned to a Kommune (what the assigned advisor's rights rest on); null for an unknown Kommune. */
export async function findKommuneAssignment(db: Executor, organisationId: string) {
  if (!isUuid(organisationId)) return null;
  const [row] = await db.select({ organisationId: organisations.id, assignedAdvisorId: organisations.assignedAdvisorId }).from(organisations).where(eq(organisations.id, organisationId));
  return row ?? null;
}

/** The open workshop behind a code, with its round's state; null for unknown or ended codes. */
export async function findOpenWorkshopByCode(db: Executor, code: string) {
  const [row] = await db
    .select({ id: workshops.id, checkId: workshops.checkId, organisationId: workshops.organisationId, code: workshops.code, checkStatus: checks.status })
    .from(workshops)
    .innerJoin(checks, eq(checks.id, workshops.checkId))
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

/** Every submitted response of a round of the Kommune, with its scores (for the spread). */
export async function submittedResponses(db: Executor, organisationId: string, checkId: string) {
  const rows = await db
    .select({ responseId: perspectiveResponses.id, perspective: perspectiveResponses.perspective, itemKey: perspectiveAnswers.itemKey, score: perspectiveAnswers.score })
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
