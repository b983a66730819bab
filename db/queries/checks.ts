/**
 * Queries on checks. The Kommune is a required argument and part of every
 * WHERE, but for the one lookup named for the advisors' review
 * ({@link findCheckOfAnyKommune}), whose callers check a platform right first.
 */
import { and, asc, desc, eq, inArray, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db";
import { answers, auditLog, checks, reviewComments, users, type Check } from "@/db/schema";
import { isUuid } from "@/lib/ids";
import type { ItemKey, Score } from "@/lib/kurzcheck/keys";

/**
 * The rounds of a Kommune, newest first, with progress and index. A draft
 * belongs to the Kommune alone: its index is given only with
 * `viewer: "kommune"`; everyone else sees that it exists and how far it is.
 */
export async function listChecksForOrganisation(db: Executor, organisationId: string, viewer: "kommune" | "advisor") {
  return db
    .select({
      id: checks.id,
      roundTitle: checks.roundTitle,
      status: checks.status,
      createdAt: checks.createdAt,
      submittedAt: checks.submittedAt,
      answered: sql<number>`count(${answers.score})::int`,
      index: sql<
        number | null
      >`CASE WHEN count(${answers.score}) = 13 AND (${viewer === "kommune"} OR ${checks.status} <> 'draft') THEN round(avg(${answers.score}), 1)::float END`,
    })
    .from(checks)
    .leftJoin(answers, eq(answers.checkId, checks.id))
    .where(eq(checks.organisationId, organisationId))
    .groupBy(checks.id)
    .orderBy(desc(checks.createdAt));
}

/** Every answer of the Kommune's checks with its note, for exports: one row per check and item. */
export async function listAnswersForOrganisation(db: Executor, organisationId: string) {
  return db
    .select({ checkId: answers.checkId, itemKey: answers.itemKey, score: answers.score, note: answers.note })
    .from(answers)
    .innerJoin(checks, eq(checks.id, answers.checkId))
    .where(eq(checks.organisationId, organisationId));
}

/** The advisors' released comments on the Kommune's checks (never drafts, never the Kommune's own replies), oldest first. */
export async function listReleasedAdvisorComments(db: Executor, organisationId: string) {
  return db
    .select({ checkId: reviewComments.checkId, itemKey: reviewComments.itemKey, body: reviewComments.body })
    .from(reviewComments)
    .innerJoin(checks, eq(checks.id, reviewComments.checkId))
    .where(and(eq(checks.organisationId, organisationId), eq(reviewComments.released, true), eq(reviewComments.fromKommune, false)))
    .orderBy(asc(reviewComments.createdAt));
}

async function oneCheck(db: Executor, where: SQL | undefined, lock?: "update" | "share") {
  const query = db.select().from(checks).where(where);
  const [row] = lock ? await query.for(lock) : await query;
  return row ?? null;
}

/**
 * One check of a Kommune by id; null for an unknown check or one of another
 * Kommune. `lock` takes a row lock inside a transaction.
 */
export async function findCheck(db: Executor, checkId: string, organisationId: string, lock?: "update" | "share") {
  if (!isUuid(checkId)) return null;
  return oneCheck(db, and(eq(checks.id, checkId), eq(checks.organisationId, organisationId)), lock);
}

/** One check by id, whatever its Kommune: for the advisors' review only, after its platform right was checked. */
export async function findCheckOfAnyKommune(db: Executor, checkId: string, lock?: "update" | "share") {
  if (!isUuid(checkId)) return null;
  return oneCheck(db, eq(checks.id, checkId), lock);
}

export interface SavedAnswer {
  itemKey: ItemKey;
  score: Score | null;
  note: string;
  version: number;
  updatedAt: Date;
  updatedByName: string | null;
  /** Taken over from the previous round and not touched since. */
  carriedOver: boolean;
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
      carriedOver: answers.carriedOver,
    })
    .from(answers)
    .leftJoin(users, eq(users.id, answers.updatedBy))
    .where(eq(answers.checkId, checkId));
  return rows.map((row) => ({ ...row, score: row.score as Score | null }));
}

/** The submitted round of the same Kommune before `check`, with its answers; null for a first round. */
export async function previousRound(db: Executor, check: Check) {
  const [previous] = await db
    .select({ id: checks.id, roundTitle: checks.roundTitle, submittedAt: checks.submittedAt })
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
  return previous ? { roundTitle: previous.roundTitle, submittedAt: previous.submittedAt, answers: await listAnswers(db, previous.id) } : null;
}

/** The Kommune's latest submitted round (id, title, date) with its scores, or null before the first submission. */
export async function latestSubmittedRound(db: Executor, organisationId: string) {
  const [latest] = await db
    .select({ id: checks.id, roundTitle: checks.roundTitle, submittedAt: checks.submittedAt })
    .from(checks)
    .where(and(eq(checks.organisationId, organisationId), inArray(checks.status, ["submitted", "in_review", "released"])))
    .orderBy(desc(checks.submittedAt))
    .limit(1);
  return latest ? { ...latest, answers: await listAnswers(db, latest.id) } : null;
}

export interface AnswerWrite {
  organisationId: string;
  checkId: string;
  itemKey: ItemKey;
  score: Score | null;
  note: string;
  /** 0: the editor saw no saved answer (first save of the item). */
  baseVersion: number;
  userId: string;
}

/**
 * Autosave in one statement, so it costs one round trip instead of five:
 * it locks the Kommune's draft (shared: many editors save at once, while
 * submitting takes FOR UPDATE and waits), writes the answer only over the
 * version the editor saw, and records the audit entry with it. Returns null
 * when nothing was written — no such draft, or a stale version; the caller
 * finds out which.
 */
export async function writeAnswerIfCurrent(db: Executor, write: AnswerWrite): Promise<{ version: number; updatedAt: Date } | null> {
  if (!isUuid(write.checkId)) return null;
  const { organisationId, checkId, itemKey, score, note, baseVersion, userId } = write;
  const { rows } = await db.execute<{ version: number; updated_at: string }>(sql`
    WITH draft AS (
      SELECT ${checks.id} AS id FROM ${checks}
      WHERE ${checks.id} = ${checkId} AND ${checks.organisationId} = ${organisationId} AND ${checks.status} = 'draft'
      FOR SHARE
    ), inserted AS (
      INSERT INTO ${answers} (check_id, item_key, score, note, updated_by, updated_at)
      SELECT draft.id, ${itemKey}::item_key, ${score}::smallint, ${note}::text, ${userId}::uuid, now() FROM draft WHERE ${baseVersion}::int = 0
      ON CONFLICT DO NOTHING
      RETURNING version, updated_at
    ), updated AS (
      UPDATE ${answers} SET score = ${score}, note = ${note}, updated_by = ${userId}, updated_at = now(), version = ${answers}.version + 1, carried_over = false
      FROM draft
      WHERE ${baseVersion}::int > 0 AND ${answers}.check_id = draft.id AND ${answers}.item_key = ${itemKey} AND ${answers}.version = ${baseVersion}
      RETURNING ${answers}.version, ${answers}.updated_at
    ), saved AS (
      SELECT * FROM inserted UNION ALL SELECT * FROM updated
    ), audited AS (
      INSERT INTO ${auditLog} (actor_id, action, entity_type, entity_id, organisation_id, data)
      SELECT ${userId}::uuid, 'answer.saved', 'check', ${checkId}::text, ${organisationId}::uuid,
             jsonb_build_object('itemKey', ${itemKey}::text, 'score', ${score}::int, 'noteLength', ${note.length}::int, 'version', saved.version)
      FROM saved
    )
    SELECT version, updated_at FROM saved`);
  const row = rows[0];
  return row ? { version: row.version, updatedAt: new Date(row.updated_at) } : null;
}

/** The Kommune's open draft (there is at most one); null when it has none. */
export async function findOpenDraftId(db: Executor, organisationId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: checks.id })
    .from(checks)
    .where(and(eq(checks.organisationId, organisationId), eq(checks.status, "draft")));
  return row?.id ?? null;
}

/** How many rounds of `year` the Kommune has (their titles begin "Kurz-Check <year>"). */
export async function countRoundsOfYear(db: Executor, organisationId: string, year: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(checks)
    .where(and(eq(checks.organisationId, organisationId), sql`${checks.roundTitle} LIKE ${`Kurz-Check ${year}%`}`));
  return row?.n ?? 0;
}

/**
 * A new draft round; null when the Kommune has an open draft already (the
 * partial unique index allows one: a concurrent start then gets the other's).
 */
export async function insertDraft(db: Executor, draft: { organisationId: string; roundTitle: string; createdBy: string }): Promise<string | null> {
  const [created] = await db.insert(checks).values(draft).onConflictDoNothing().returning({ id: checks.id });
  return created?.id ?? null;
}

/** First answers of a new draft: from the trial, or carried over from the last round (marked so until touched). */
export async function insertAnswers(
  db: Executor,
  checkId: string,
  rows: readonly { itemKey: ItemKey; score: Score | null; note: string }[],
  updatedBy: string,
  options: { carriedOver?: boolean } = {},
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insert(answers)
    .values(rows.map((row) => ({ checkId, itemKey: row.itemKey, score: row.score, note: row.note, updatedBy, carriedOver: options.carriedOver ?? false })));
}

/** The items of a check that have a score. */
export async function answeredItemKeys(db: Executor, checkId: string): Promise<Set<ItemKey>> {
  const rows = await db
    .select({ itemKey: answers.itemKey })
    .from(answers)
    .where(and(eq(answers.checkId, checkId), isNotNull(answers.score)));
  return new Set(rows.map((row) => row.itemKey));
}

type CheckTransition =
  { to: "submitted"; by: string } | { to: "in_review"; by: string } | { to: "released"; by: string } | { to: "draft"; returnReason: string };

/** Moves a check along its workflow, stamping who and when; its version rises. */
export async function setCheckStatus(db: Executor, checkId: string, transition: CheckTransition): Promise<void> {
  const now = sql`now()`;
  const fields =
    transition.to === "submitted"
      ? { status: "submitted" as const, submittedAt: now, submittedBy: transition.by, returnReason: null }
      : transition.to === "in_review"
        ? { status: "in_review" as const, reviewStartedAt: now, reviewedBy: transition.by }
        : transition.to === "released"
          ? { status: "released" as const, releasedAt: now, releasedBy: transition.by }
          : { status: "draft" as const, returnReason: transition.returnReason, submittedAt: null, submittedBy: null };
  await db
    .update(checks)
    .set({ ...fields, version: sql`${checks.version} + 1`, updatedAt: now })
    .where(eq(checks.id, checkId));
}
