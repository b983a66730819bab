/**
 * The advisors' side of a check: open the review, comment per item and
 * overall (drafts, invisible to the Kommune), release everything at once,
 * send a check back with a reason, and the threads after release. Advisors
 * read every Kommune; they never write its answers.
 */
import type { Database, Transaction } from "@/db";
import type { Check } from "@/db/schema";
import { findOrganisationRow, memberEmails } from "@/db/queries/organisations";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { assertCan } from "@/lib/auth/permissions";
import { sendMail } from "@/lib/email/mailer";
import { feedbackReleasedMail, checkReturnedMail } from "@/lib/email/templates";
import { AppError } from "@/lib/errors";
import type { ItemKey } from "@/lib/kurzcheck/keys";
import { findCheckOfAnyKommune, findOpenDraftId, listAnswers, previousRound, setCheckStatus } from "@/db/queries/checks";
import { deleteComment, findDraftComment, insertComment, listComments, releaseDraftComments, updateCommentBody } from "@/db/queries/reviews";
import { audit } from "@/db/queries/audit";
import { invalidateGroupFigures } from "@/db/queries/statewide";
import { scoresOf } from "./checks";

/** Any Kommune's check (callers check the advisor's right on its Kommune), or "not found". */
async function anyCheck(db: Database | Transaction, checkId: string, lock?: "update"): Promise<Check> {
  const check = await findCheckOfAnyKommune(db, checkId, lock);
  if (!check) throw new AppError("not_found");
  return check;
}

/**
 * "Prüfung beginnen": a submitted check becomes "in review" by this one
 * explicit step (reading it changes nothing, so an admin's glance does not
 * start a review). Starting twice is harmless.
 */
export async function startReview(db: Database, advisor: CurrentUser, checkId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const check = await anyCheck(tx, checkId, "update");
    assertCan(advisor, "review.write", check.organisationId);
    if (check.status === "draft") throw new AppError("not_found"); // drafts belong to the Kommune alone
    if (check.status !== "submitted") return;
    await setCheckStatus(tx, checkId, { to: "in_review", by: advisor.id });
    await audit(tx, { actorId: advisor.id, action: "check.review_started", entityType: "check", entityId: checkId, organisationId: check.organisationId });
  });
}

/** Everything the review page shows, read only: the check, its answers and notes, the previous round, all comments. */
export async function loadReview(db: Database, advisor: CurrentUser, checkId: string) {
  const check = await anyCheck(db, checkId);
  assertCan(advisor, "review.read", check.organisationId);
  if (check.status === "draft") throw new AppError("not_found"); // drafts belong to the Kommune alone
  // Independent reads, sent together once the right to read is clear.
  const [organisation, previous, answers, comments] = await Promise.all([
    findOrganisationRow(db, check.organisationId),
    previousRound(db, check),
    listAnswers(db, checkId),
    listComments(db, checkId, { includeDrafts: true }),
  ]);
  return {
    check,
    organisation: organisation!,
    answers,
    previous: previous ? { roundTitle: previous.roundTitle, scores: scoresOf(previous.answers) } : null,
    comments,
  };
}

export type DraftComments = Partial<Record<ItemKey | "gesamt", string>>;

/** Stores the advisor's draft comments (one per item and one overall); an emptied field removes its draft. */
async function storeDrafts(tx: Transaction, advisor: CurrentUser, checkId: string, drafts: DraftComments) {
  for (const [key, raw] of Object.entries(drafts)) {
    const itemKey = key === "gesamt" ? null : (key as ItemKey);
    const body = (raw ?? "").trim();
    const existing = await findDraftComment(tx, checkId, itemKey);
    if (!body) {
      if (existing) await deleteComment(tx, existing);
    } else if (existing) {
      await updateCommentBody(tx, existing, body, advisor.id);
    } else {
      await insertComment(tx, { checkId, itemKey, body, authorId: advisor.id });
    }
  }
}

export async function saveDraftComments(db: Database, advisor: CurrentUser, checkId: string, drafts: DraftComments) {
  await db.transaction(async (tx) => {
    const check = await anyCheck(tx, checkId, "update");
    assertCan(advisor, "review.write", check.organisationId);
    if (check.status !== "in_review") throw new AppError("conflict", "Kommentare sind nur während der Prüfung möglich.");
    await storeDrafts(tx, advisor, checkId, drafts);
    await audit(tx, {
      actorId: advisor.id,
      action: "review.comments_saved",
      entityType: "check",
      entityId: checkId,
      organisationId: check.organisationId,
      data: { fields: Object.keys(drafts).length },
    });
  });
}

/** Saves the drafts and releases all of them at once; the Kommune's members get an email. */
export async function releaseFeedback(db: Database, advisor: CurrentUser, checkId: string, drafts: DraftComments) {
  const check = await db.transaction(async (tx) => {
    const current = await anyCheck(tx, checkId, "update");
    assertCan(advisor, "review.write", current.organisationId);
    if (current.status !== "in_review") throw new AppError("conflict", "Nur ein Kurz-Check in Prüfung kann freigegeben werden.");
    await storeDrafts(tx, advisor, checkId, drafts);
    const released = await releaseDraftComments(tx, checkId);
    if (released === 0) throw new AppError("invalid", "Bitte schreiben Sie mindestens einen Kommentar, bevor Sie die Rückmeldung freigeben.");
    await setCheckStatus(tx, checkId, { to: "released", by: advisor.id });
    await audit(tx, {
      actorId: advisor.id,
      action: "check.released",
      entityType: "check",
      entityId: checkId,
      organisationId: current.organisationId,
      data: { comments: released },
    });
    return current;
  });
  for (const email of await memberEmails(db, check.organisationId)) await sendMail(feedbackReleasedMail(email, check.roundTitle, check.id));
}

/** Sends a submitted check back to the Kommune as a draft, with the reason it will read. */
export async function returnToKommune(db: Database, advisor: CurrentUser, checkId: string, reason: string) {
  const check = await db.transaction(async (tx) => {
    const current = await anyCheck(tx, checkId, "update");
    assertCan(advisor, "review.write", current.organisationId);
    if (current.status !== "submitted" && current.status !== "in_review") {
      throw new AppError("conflict", "Nur ein eingereichter Kurz-Check kann zurückgegeben werden.");
    }
    if (await findOpenDraftId(tx, current.organisationId))
      throw new AppError("conflict", "Die Kommune hat schon einen offenen Entwurf. Bitte sprechen Sie sich mit ihr ab.");
    await setCheckStatus(tx, checkId, { to: "draft", returnReason: reason });
    await audit(tx, {
      actorId: advisor.id,
      action: "check.returned",
      entityType: "check",
      entityId: checkId,
      organisationId: current.organisationId,
      data: { reason },
    });
    await invalidateGroupFigures(tx, current.organisationId);
    return current;
  });
  for (const email of await memberEmails(db, check.organisationId)) await sendMail(checkReturnedMail(email, check.roundTitle, check.id, reason));
}

/**
 * A message in the thread of an item after release, from either side. The
 * Kommune may only write on its own checks; advisors on any released check.
 */
export async function addThreadMessage(
  db: Database,
  author: CurrentUser,
  side: { kommune: string } | "beratung",
  checkId: string,
  itemKey: ItemKey | null,
  body: string,
) {
  await db.transaction(async (tx) => {
    const check = await anyCheck(tx, checkId);
    if (side === "beratung") assertCan(author, "review.write", check.organisationId);
    else if (check.organisationId !== side.kommune) throw new AppError("not_found");
    else assertCan(author, "check.write", check.organisationId);
    if (check.status !== "released") throw new AppError("conflict", "Antworten sind möglich, sobald die Rückmeldung freigegeben ist.");
    await insertComment(tx, { checkId, itemKey, body, authorId: author.id, released: true, fromKommune: side !== "beratung" });
    await audit(tx, {
      actorId: author.id,
      action: side === "beratung" ? "review.reply_by_advisor" : "review.reply_by_kommune",
      entityType: "check",
      entityId: checkId,
      organisationId: check.organisationId,
      data: { itemKey },
    });
  });
}
