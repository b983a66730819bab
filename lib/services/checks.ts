/**
 * A Kommune's Kurz-Check: start a round, save answers item by item with
 * optimistic locking, submit, read results. The Kommune is always the one
 * of the signed-in member (passed in by the caller from the session) and is
 * part of every query; a check of another Kommune does not exist here.
 */
import { metrics } from "@/lib/portal-server/metrics";
import type { Database, Transaction } from "@/db";
import {
  answeredItemKeys,
  countRoundsOfYear,
  findCheck,
  findOpenDraftId,
  insertAnswers,
  insertDraft,
  latestSubmittedRound,
  listAnswers,
  listChecksForOrganisation,
  previousRound,
  setCheckStatus,
  writeAnswerIfCurrent,
} from "@/db/queries/checks";
import { listComments } from "@/db/queries/reviews";
import type { Check } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import type { SessionClaims } from "@/lib/auth/session-cookie";
import { assertCan } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getItem, missingItemsMessage } from "@/lib/kurzcheck/items";
import { ITEM_KEYS, type ItemKey, type Score } from "@/lib/kurzcheck/keys";
import type { AnswerScores } from "@/lib/kurzcheck/scoring";
import { audit } from "@/db/queries/audit";
import { invalidateGroupFigures } from "@/db/queries/statewide";

/** The refusal of a questionnaire sent with open items: which are missing, each linked from the error summary. */
export function missingItemsError(missing: readonly ItemKey[]): AppError {
  return new AppError("invalid", missingItemsMessage(missing), {
    fieldErrors: Object.fromEntries(missing.map((key) => [key, [`Frage ${getItem(key).number} (${getItem(key).title}) ist noch offen.`]])),
    guestMessage: { key: "fehler.fehlen", values: { list: missing.map((key) => getItem(key).number).join(", ") } },
  });
}

export const LOCKED_MESSAGE = "Dieser Kurz-Check ist eingereicht und kann nicht mehr geändert werden.";

/** The Kommune's own check, or "not found" (also for another Kommune's check). */
async function ownCheck(db: Database | Transaction, organisationId: string, checkId: string, lock?: "update" | "share"): Promise<Check> {
  const check = await findCheck(db, checkId, organisationId, lock);
  if (!check) throw new AppError("not_found");
  return check;
}

/** A round's name: "Kurz-Check 2026" for the year's first, "Kurz-Check 2026, 2. Runde" for the next. */
export function roundTitleFor(year: number, roundsThisYear: number): string {
  return roundsThisYear === 0 ? `Kurz-Check ${year}` : `Kurz-Check ${year}, ${roundsThisYear + 1}. Runde`;
}

/**
 * Opens the Kommune's open draft, or starts a new round. With `carryOver`,
 * the new round starts from the answers and notes of the latest submitted
 * one, each marked as taken over until someone touches it.
 */
export async function startOrOpenDraft(db: Database, user: CurrentUser, organisationId: string, options: { carryOver?: boolean } = {}): Promise<string> {
  assertCan(user, "check.write", organisationId);
  return db.transaction(async (tx) => {
    const open = await findOpenDraftId(tx, organisationId);
    if (open) return open;
    const year = new Date().getFullYear();
    const roundTitle = roundTitleFor(year, await countRoundsOfYear(tx, organisationId, year));
    // The partial unique index allows one draft per Kommune: a concurrent start gets the other's draft.
    const created = await insertDraft(tx, { organisationId, roundTitle, createdBy: user.id });
    if (!created) return (await findOpenDraftId(tx, organisationId))!;
    const previous = options.carryOver ? await latestSubmittedRound(tx, organisationId) : null;
    if (previous) await insertAnswers(tx, created, previous.answers, user.id, { carriedOver: true });
    await audit(tx, {
      actorId: user.id,
      action: "check.created",
      entityType: "check",
      entityId: created,
      organisationId,
      data: { roundTitle, ...(previous ? { carriedOverFrom: previous.roundTitle } : {}) },
    });
    return created;
  });
}

/** The Kommune's rounds, newest first, with their indices (its members only). */
export async function listRounds(db: Database, user: CurrentUser, organisationId: string) {
  assertCan(user, "check.read", organisationId);
  return listChecksForOrganisation(db, organisationId, "kommune");
}

export async function getCheck(db: Database, user: CurrentUser, organisationId: string, checkId: string) {
  assertCan(user, "check.read", organisationId);
  // Both at once: the answers are returned only once the check has proved to be the Kommune's.
  const [check, answers] = await Promise.all([ownCheck(db, organisationId, checkId), listAnswers(db, checkId)]);
  // Answers taken over from the last round say from which year, until someone touches them.
  const from = answers.some((answer) => answer.carriedOver) ? await previousRound(db, check) : null;
  return { check, answers, carriedOverFrom: from?.submittedAt ? String(from.submittedAt.getFullYear()) : null };
}

export type SaveResult =
  | { ok: true; version: number; savedAt: string }
  | { ok: false; code: "conflict"; current: { score: Score | null; note: string; version: number; updatedByName: string | null; updatedAt: string } };

/**
 * Saves one item if nobody changed it since the editor loaded `baseVersion`
 * (0: the editor saw no saved answer). A stale write is never applied: the
 * caller gets the current value to show beside the user's own.
 */
export async function saveAnswer(
  db: Database,
  user: CurrentUser,
  organisationId: string,
  checkId: string,
  input: { itemKey: ItemKey; score: Score | null; note: string; baseVersion: number },
): Promise<SaveResult> {
  assertCan(user, "check.write", organisationId);
  const saved = await writeAnswerIfCurrent(db, { kind: "member", userId: user.id, organisationId }, { checkId, ...input });
  if (saved) return { ok: true as const, version: saved.version, savedAt: saved.updatedAt.toISOString() };

  // Nothing was written: say why — no such check, no longer a draft, or someone saved first.
  const check = await ownCheck(db, organisationId, checkId);
  if (check.status !== "draft") throw new AppError("conflict", LOCKED_MESSAGE);
  const current = (await listAnswers(db, checkId)).find((a) => a.itemKey === input.itemKey);
  if (!current) throw new AppError("conflict"); // a base version for an item that was never saved: a forged request
  metrics().autosaveConflicts.inc();
  return {
    ok: false as const,
    code: "conflict" as const,
    current: {
      score: current.score,
      note: current.note,
      version: current.version,
      updatedByName: current.updatedByName,
      updatedAt: current.updatedAt.toISOString(),
    },
  };
}

/**
 * The autosave's usual case in one round trip: the session's claims, checked
 * inside the save statement (live session, enabled account, session version,
 * acting Kommune), and the versioned write. Null when nothing was written —
 * then the caller takes the full path ({@link saveAnswer} after reading the
 * user), which says why: signed out, not a member, locked, or a conflict.
 */
export async function saveAnswerForSession(
  db: Database,
  session: SessionClaims,
  checkId: string,
  input: { itemKey: ItemKey; score: Score | null; note: string; baseVersion: number },
): Promise<SaveResult | null> {
  const writer = { kind: "session" as const, userId: session.userId, sessionId: session.sessionId, sessionVersion: session.sessionVersion };
  const saved = await writeAnswerIfCurrent(db, writer, { checkId, ...input });
  return saved ? { ok: true as const, version: saved.version, savedAt: saved.updatedAt.toISOString() } : null;
}

/** Submits a complete draft; afterwards the Kommune can no longer change it. */
export async function submitCheck(db: Database, user: CurrentUser, organisationId: string, checkId: string): Promise<void> {
  assertCan(user, "check.write", organisationId);
  await db.transaction(async (tx) => {
    const check = await ownCheck(tx, organisationId, checkId, "update");
    if (check.status !== "draft") throw new AppError("conflict", LOCKED_MESSAGE);
    const answered = await answeredItemKeys(tx, checkId);
    const missing = ITEM_KEYS.filter((key) => !answered.has(key));
    if (missing.length > 0) throw missingItemsError(missing);
    await setCheckStatus(tx, checkId, { to: "submitted", by: user.id });
    await audit(tx, { actorId: user.id, action: "check.submitted", entityType: "check", entityId: checkId, organisationId });
    await invalidateGroupFigures(tx, organisationId);
  });
}

export function scoresOf(list: readonly { itemKey: ItemKey; score: Score | null }[]): AnswerScores {
  return Object.fromEntries(list.map((a) => [a.itemKey, a.score]));
}

/**
 * The result of a submitted check: its scores, the scores of the previous
 * submitted round (for the change per item) and the advisors' released comments.
 */
export async function getResult(db: Database, user: CurrentUser, organisationId: string, checkId: string) {
  assertCan(user, "check.read", organisationId);
  const [check, current] = await Promise.all([ownCheck(db, organisationId, checkId), listAnswers(db, checkId)]);
  // Drafts of the advisors never leave the database for the Kommune: only released comments are read.
  const [previous, comments] = await Promise.all([
    previousRound(db, check),
    check.status === "released" ? listComments(db, checkId, { includeDrafts: false }) : [],
  ]);
  return {
    check,
    answers: current,
    scores: scoresOf(current),
    previous: previous ? { roundTitle: previous.roundTitle, submittedAt: previous.submittedAt, scores: scoresOf(previous.answers) } : null,
    comments,
  };
}
