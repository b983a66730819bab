/**
 * Queries on checks. The Kommune is a required argument and part of every
 * WHERE, but for the one lookup named for the advisors' review
 * ({@link findCheckOfAnyKommune}), whose callers check a platform right first.
 */
import { and, asc, desc, eq, inArray, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import type { Database, Executor } from "@/db";
import { answers, checks, reviewComments, users, type Check } from "@/db/schema";
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
  if (!isUuid(checkId)) return []; // an id from a URL that cannot be a check: no answers, never a database error
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
  checkId: string;
  itemKey: ItemKey;
  score: Score | null;
  note: string;
  /** 0: the editor saw no saved answer (first save of the item). */
  baseVersion: number;
}

/** Who writes: a member already checked by the service, or a session the statement checks itself. */
export type AnswerWriter =
  { kind: "member"; userId: string; organisationId: string } | { kind: "session"; userId: string; sessionId: string; sessionVersion: number };

/**
 * Which draft may be written, with the writer's id and the Kommune. For a
 * session it repeats, inside the statement, what userForSession and
 * actingMember decide in Node: the session row is live, the account enabled
 * and on the cookie's session version, staff have a second factor, and the
 * draft belongs to the acting Kommune (the one chosen for this session, else
 * the oldest membership). So revocation counts on every save, in the same
 * round trip as the save.
 */
const DRAFT_OF: Record<AnswerWriter["kind"], string> = {
  member: `draft AS (
      SELECT c.id, c.organisation_id, $7::uuid AS actor_id FROM checks c
      WHERE c.id = $1 AND c.organisation_id = $8::uuid AND c.status = 'draft'
      FOR SHARE
    )`,
  session: `acting AS (
      SELECT u.id AS user_id, m.organisation_id
      FROM users u
      JOIN user_sessions s ON s.id = $8::uuid AND s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now()
      JOIN memberships m ON m.user_id = u.id
      WHERE u.id = $7::uuid AND NOT u.disabled AND u.session_version = $9::int
        AND (u.role = 'member' OR u.totp_enabled_at IS NOT NULL OR EXISTS (SELECT 1 FROM passkeys p WHERE p.user_id = u.id))
      ORDER BY m.organisation_id IS NOT DISTINCT FROM s.active_organisation_id DESC, m.created_at ASC, m.organisation_id ASC
      LIMIT 1
    ), draft AS (
      SELECT c.id, c.organisation_id, acting.user_id AS actor_id FROM checks c JOIN acting ON acting.organisation_id = c.organisation_id
      WHERE c.id = $1 AND c.status = 'draft'
      FOR SHARE OF c
    )`,
};

/** The write itself, after `draft`: insert or versioned update, and the audit entry in the same statement. */
const WRITE_ANSWER = `
    inserted AS (
      INSERT INTO answers (check_id, item_key, score, note, updated_by, updated_at)
      SELECT draft.id, $2::item_key, $3::smallint, $4::text, draft.actor_id, now() FROM draft WHERE $5::int = 0
      ON CONFLICT DO NOTHING
      RETURNING version, updated_at
    ), updated AS (
      UPDATE answers SET score = $3::smallint, note = $4::text, updated_by = draft.actor_id, updated_at = now(), version = answers.version + 1, carried_over = false
      FROM draft
      WHERE $5::int > 0 AND answers.check_id = draft.id AND answers.item_key = $2::item_key AND answers.version = $5::int
      RETURNING answers.version, answers.updated_at
    ), saved AS (
      SELECT * FROM inserted UNION ALL SELECT * FROM updated
    ), audited AS (
      INSERT INTO audit_log (actor_id, action, entity_type, entity_id, organisation_id, data)
      SELECT draft.actor_id, 'answer.saved', 'check', draft.id::text, draft.organisation_id,
             jsonb_build_object('itemKey', $2::text, 'score', $3::int, 'noteLength', $6::int, 'version', saved.version)
      FROM saved, draft
    )
    SELECT version, updated_at FROM saved`;

/**
 * Autosave in one statement, so it costs one round trip instead of five:
 * it locks the Kommune's draft (shared: many editors save at once, while
 * submitting takes FOR UPDATE and waits), writes the answer only over the
 * version the editor saw, and records the audit entry with it. A named
 * (prepared) statement: PostgreSQL parses and plans it once per connection,
 * and no query is built per save — editors save about once a second each.
 * Returns null when nothing was written — no such draft, a stale version, or
 * (for a session) a writer who may not write; the caller finds out which.
 * It runs on the pool, never inside a caller's transaction (hence `Database`).
 */
export async function writeAnswerIfCurrent(db: Database, writer: AnswerWriter, write: AnswerWrite): Promise<{ version: number; updatedAt: Date } | null> {
  if (!isUuid(write.checkId) || !isUuid(writer.userId)) return null;
  if (writer.kind === "session" && !isUuid(writer.sessionId)) return null;
  const { checkId, itemKey, score, note, baseVersion } = write;
  const writerValues = writer.kind === "member" ? [writer.userId, writer.organisationId] : [writer.userId, writer.sessionId, writer.sessionVersion];
  const { rows } = await db.$client.query<{ version: number; updated_at: Date }>({
    name: `answer-write-${writer.kind}`,
    text: `WITH ${DRAFT_OF[writer.kind]},${WRITE_ANSWER}`,
    values: [checkId, itemKey, score, note, baseVersion, note.length, ...writerValues],
  });
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
