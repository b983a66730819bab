/** Queries on checks. The Kommune is a required argument and part of every WHERE. */
import { and, desc, eq, inArray, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { answers, checks, users, type Check } from "@/db/schema";
import { isUuid } from "@/lib/ids";
import type { ItemKey, Score } from "@/lib/kurzcheck/keys";

/** The Kommune's checks, newest first, with the index once all 13 items are answered. */
export async function listChecksForOrganisation(db: Executor, organisationId: string) {
  return db
    .select({
      id: checks.id,
      roundTitle: checks.roundTitle,
      status: checks.status,
      createdAt: checks.createdAt,
      submittedAt: checks.submittedAt,
      answered: sql<number>`count(${answers.score})::int`,
      index: sql<number | null>`CASE WHEN count(${answers.score}) = 13 THEN round(avg(${answers.score}), 1)::float END`,
    })
    .from(checks)
    .leftJoin(answers, eq(answers.checkId, checks.id))
    .where(eq(checks.organisationId, organisationId))
    .groupBy(checks.id)
    .orderBy(desc(checks.createdAt));
}

/** Every answer score of the Kommune's checks, for exports: one row per check and item. */
export async function listScoresForOrganisation(db: Executor, organisationId: string) {
  return db
    .select({ checkId: answers.checkId, itemKey: answers.itemKey, score: answers.score })
    .from(answers)
    .innerJoin(checks, eq(checks.id, answers.checkId))
    .where(eq(checks.organisationId, organisationId));
}

/**
 * One check by id. The scope is explicit: a Kommune's id for its members, or
 * "any Kommune" for callers that checked an advisor role. `lock` takes a row
 * lock inside a transaction. Returns null for an unknown or foreign check.
 */
export async function findCheck(db: Executor, checkId: string, scope: { organisationId: string } | "any Kommune", lock?: "update" | "share") {
  if (!isUuid(checkId)) return null;
  const inScope = scope === "any Kommune" ? eq(checks.id, checkId) : and(eq(checks.id, checkId), eq(checks.organisationId, scope.organisationId));
  const query = db.select().from(checks).where(inScope);
  const [row] = lock ? await query.for(lock) : await query;
  return row ?? null;
}

export interface SavedAnswer {
  itemKey: ItemKey;
  score: Score | null;
  note: string;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
}

export async function listAnswers(db: Executor, checkId: string): Promise<SavedAnswer[]> {
  const rows = await db
    .select({
      itemKey: answers.itemKey,
      score: answers.score,
      note: answers.note,
      version: answers.version,
      updatedAt: answers.updatedAt,
      updatedByName: users.name,
    })
    .from(answers)
    .leftJoin(users, eq(users.id, answers.updatedBy))
    .where(eq(answers.checkId, checkId));
  return rows.map((row) => ({ ...row, score: row.score as Score | null }));
}

/** The submitted round of the same Kommune before `check`, with its answers; null for a first round. */
export async function previousRound(db: Executor, check: Check) {
  const [previous] = await db
    .select({ id: checks.id, roundTitle: checks.roundTitle })
    .from(checks)
    .where(
      and(
        eq(checks.organisationId, check.organisationId),
        inArray(checks.status, ["submitted", "in_review", "released"]),
        lt(checks.submittedAt, check.submittedAt ?? sql`now()`),
      ),
    )
    .orderBy(desc(checks.submittedAt))
    .limit(1);
  return previous ? { roundTitle: previous.roundTitle, answers: await listAnswers(db, previous.id) } : null;
}
