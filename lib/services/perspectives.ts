/**
 * Several perspectives on a round: the owner invites people by personal link
 * (no account) and runs workshops where guests answer by code on their
 * phones; the result shows how far the views lie apart. The team's check
 * stays the official answer. Anonymous by design: a workshop answer carries
 * no name and no address; a perspective with fewer than three answers is
 * only shown inside "alle".
 */
import { randomInt } from "node:crypto";
import { LRUCache } from "lru-cache";
import type { Database, Executor } from "@/db";
import { findCheck, listAnswers } from "@/db/queries/checks";
import {
  endWorkshopRow,
  findKommuneAssignment,
  findOpenWorkshopOfRound,
  findResponseAnswer,
  findWorkshopByCodeAnyState,
  markParticipantSubmitted,
  recordParticipantStart,
  insertRespondent,
  insertWorkshop,
  insertWorkshopResponse,
  linkResponse,
  submitLinkResponseRow,
  withdrawRespondentRow,
  workshopScoreCounts,
  writeResponseAnswerIfCurrent,
  findOpenWorkshopByCode,
  findRespondentByToken,
  findWorkshop,
  findWorkshopForViewer,
  listResponseAnswers,
  listRespondents,
  listWorkshops,
  submittedResponses,
  submittedResponsesVersion,
} from "@/db/queries/perspectives";
import { notifyWorkshop } from "@/db/workshop-events";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { assertCan, assertCanIn } from "@/lib/auth/permissions";
import { withinLimit } from "@/lib/auth/rate-limit";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { sendMail } from "@/lib/email/mailer";
import { perspectiveInvitationMail } from "@/lib/email/templates";
import { AppError } from "@/lib/errors";
import { ITEM_KEYS, type ItemKey, type Score } from "@/lib/kurzcheck/keys";
import { PERSPECTIVES, spreadOf, type PerspectiveKey, type SubmittedResponse } from "@/lib/kurzcheck/perspectives";
import { audit } from "@/db/queries/audit";
import { missingItemsError, scoresOf } from "./checks";

const CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 6;
/** Submissions per workshop and minute: a room of 30–40 people answers well within it; a script does not flood it. */
const WORKSHOP_SUBMISSIONS = { windowMinutes: 1, max: 120 };

const NOT_FOUND_LINK =
  "Dieser Link ist nicht (mehr) gültig: Die Antworten wurden schon abgeschickt, die Runde ist abgeschlossen oder die Einladung wurde zurückgezogen.";
const LINK_INVALID = { guestMessage: { key: "link.ungueltig" } };

async function checkOfKommune(db: Executor, organisationId: string, checkId: string, lock?: "update") {
  const check = await findCheck(db, checkId, organisationId, lock);
  if (!check) throw new AppError("not_found");
  return check;
}

function requireDraft(status: string) {
  if (status !== "draft") throw new AppError("conflict", "Perspektiven lassen sich nur einholen, solange der Kurz-Check ein Entwurf ist.");
}

// ---- the owner's side ------------------------------------------------------------------

/** Invitations, workshops and the number of answers of a round, for its members. */
export async function roundPerspectives(db: Database, user: CurrentUser, organisationId: string, checkId: string) {
  assertCan(user, "perspective.read", organisationId);
  const check = await checkOfKommune(db, organisationId, checkId);
  const [invited, workshopList, responses, kommune] = await Promise.all([
    listRespondents(db, organisationId, checkId),
    listWorkshops(db, organisationId, checkId),
    submittedResponses(db, organisationId, checkId),
    findKommuneAssignment(db, organisationId),
  ]);
  return { check, invited, workshops: workshopList, submitted: responses.length, assignedAdvisorName: kommune?.assignedAdvisorName ?? null };
}

export async function inviteRespondent(
  db: Database,
  user: CurrentUser,
  organisationId: string,
  checkId: string,
  input: { label: string; email: string; perspective: PerspectiveKey },
  organisationName: string,
) {
  assertCan(user, "perspective.manage", organisationId);
  const token = generateToken();
  const check = await db.transaction(async (tx) => {
    const check = await checkOfKommune(tx, organisationId, checkId, "update");
    requireDraft(check.status);
    const created = await insertRespondent(tx, {
      checkId,
      organisationId,
      label: input.label,
      email: input.email,
      perspective: input.perspective,
      tokenHash: hashToken(token),
      invitedBy: user.id,
    });
    await audit(tx, {
      actorId: user.id,
      action: "perspective.invited",
      entityType: "respondent",
      entityId: created,
      organisationId,
      data: { perspective: input.perspective },
    });
    return check;
  });
  await sendMail(perspectiveInvitationMail(input.email, user.name, organisationName, check.roundTitle, PERSPECTIVES[input.perspective], token));
}

export async function withdrawRespondent(db: Database, user: CurrentUser, organisationId: string, respondentId: string) {
  assertCan(user, "perspective.manage", organisationId);
  await db.transaction(async (tx) => {
    if (!(await withdrawRespondentRow(tx, organisationId, respondentId)))
      throw new AppError("not_found", "Diese Einladung wurde nicht gefunden oder ist schon zurückgezogen.");
    await audit(tx, { actorId: user.id, action: "perspective.withdrawn", entityType: "respondent", entityId: respondentId, organisationId });
  });
}

function newCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
}

/** Refuses unless `user` may `action` the Kommune's workshops, its assigned advisor read from the database. */
async function assertWorkshopRight(db: Database, user: CurrentUser, action: "workshop.run" | "workshop.watch", organisationId: string): Promise<void> {
  const kommune = await findKommuneAssignment(db, organisationId);
  if (!kommune) throw new AppError("not_found");
  assertCanIn(user, action, kommune);
}

/** "Workshop starten" (the owner or the assigned advisor): a short code for the room; one open workshop per round. */
export async function startWorkshop(db: Database, user: CurrentUser, organisationId: string, checkId: string): Promise<{ id: string; code: string }> {
  await assertWorkshopRight(db, user, "workshop.run", organisationId);
  return db.transaction(async (tx) => {
    const check = await checkOfKommune(tx, organisationId, checkId, "update");
    requireDraft(check.status);
    const open = await findOpenWorkshopOfRound(tx, checkId);
    if (open) return open;
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = newCode();
      const created = await insertWorkshop(tx, { checkId, organisationId, code, startedBy: user.id });
      if (created) {
        await audit(tx, { actorId: user.id, action: "workshop.started", entityType: "workshop", entityId: created.id, organisationId });
        return created;
      }
    }
    throw new AppError("unavailable", "Es konnte kein freier Teilnahmecode vergeben werden. Bitte versuchen Sie es noch einmal.");
  });
}

/** "Workshop beenden" (the owner or the assigned advisor): the code stops working at once. */
export async function endWorkshop(db: Database, user: CurrentUser, organisationId: string, workshopId: string): Promise<void> {
  await assertWorkshopRight(db, user, "workshop.run", organisationId);
  await db.transaction(async (tx) => {
    if (!(await endWorkshopRow(tx, organisationId, workshopId)))
      throw new AppError("not_found", "Dieser Workshop wurde nicht gefunden oder ist schon beendet.");
    await audit(tx, { actorId: user.id, action: "workshop.ended", entityType: "workshop", entityId: workshopId, organisationId });
  });
  await notifyWorkshop(db, workshopId);
}

/** A workshop with its count, if `user` may watch it: the Kommune's members and its assigned advisor. */
function watchable<W extends { organisationId: string; assignedAdvisorId: string | null }>(user: CurrentUser, workshop: W | null): W {
  if (!workshop) throw new AppError("not_found");
  assertCanIn(user, "workshop.watch", workshop);
  return workshop;
}

/** A workshop of the Kommune a page is about (the projector view), with its count of answers. */
export async function workshopOfKommune(db: Database, user: CurrentUser, organisationId: string, workshopId: string) {
  return watchable(user, await findWorkshop(db, organisationId, workshopId));
}

/** A workshop by its id alone, with its count: the live APIs follow the workshop's own Kommune and check the viewer's right there. */
export async function workshopForViewer(db: Database, user: CurrentUser, workshopId: string) {
  return watchable(user, await findWorkshopForViewer(db, workshopId));
}

/** What the projector's live view is sent: the count, and whether the workshop has ended. */
export function workshopLiveState(workshop: { responses: number; answering: number; endedAt: Date | null }) {
  return { responses: workshop.responses, answering: workshop.answering, ended: workshop.endedAt !== null };
}

/** The spread of a round's perspectives beside the team's answers (result, report, review). */
export async function roundSpread(
  db: Database,
  user: CurrentUser,
  organisationId: string,
  checkId: string,
  /** The team's answers where the caller has read them already (the check page). */
  teamAnswers?: readonly { itemKey: ItemKey; score: Score | null }[],
) {
  assertCan(user, "perspective.read", organisationId);
  const [responses, team] = await Promise.all([submittedResponsesOfRound(db, organisationId, checkId), teamAnswers ?? listAnswers(db, checkId)]);
  return { responses: responses.length, items: spreadOf(responses, scoresOf(team)) };
}

/**
 * A round's submitted responses, read again only when they changed: the check,
 * result and review pages show their spread on every visit, and a workshop's
 * 40 responses are 520 answer rows. Which set is current is asked of
 * PostgreSQL on every call (count and latest submission, in the Kommune's
 * scope); the copy in this process only saves reading the rows again, so
 * several instances never disagree.
 */
const responsesOfRound = new LRUCache<string, SubmittedResponse[]>({ max: 500 });

async function submittedResponsesOfRound(db: Database, organisationId: string, checkId: string): Promise<SubmittedResponse[]> {
  const version = await submittedResponsesVersion(db, organisationId, checkId);
  if (version.count === 0) return [];
  const key = `${organisationId}:${checkId}:${version.count}:${version.last}`;
  const known = responsesOfRound.get(key);
  if (known) return known;
  const responses = await submittedResponses(db, organisationId, checkId);
  responsesOfRound.set(key, responses);
  return responses;
}

// ---- guests: a personal link -------------------------------------------------------------

/** The questionnaire behind a personal link, or a German refusal (withdrawn, submitted, round closed). */
export async function linkQuestionnaire(db: Database, token: string) {
  const respondent = await findRespondentByToken(db, token);
  if (!respondent || respondent.withdrawnAt || respondent.submittedAt || respondent.checkStatus !== "draft")
    throw new AppError("not_found", NOT_FOUND_LINK, LINK_INVALID);
  const answers = respondent.responseId ? await listResponseAnswers(db, respondent.responseId) : [];
  return { respondent, answers };
}

/** Autosave of one item behind a personal link; a stale write is refused like the check's. */
export async function saveLinkAnswer(db: Database, token: string, input: { itemKey: ItemKey; score: Score | null; note: string; baseVersion: number }) {
  const { respondent } = await linkQuestionnaire(db, token);
  return db.transaction(async (tx) => {
    const response = await linkResponse(tx, respondent);
    if (response.submittedAt) throw new AppError("conflict", NOT_FOUND_LINK, LINK_INVALID);
    const saved = await writeResponseAnswerIfCurrent(tx, response.id, input);
    if (saved) return { ok: true as const, version: saved.version, savedAt: saved.updatedAt.toISOString() };
    const current = await findResponseAnswer(tx, response.id, input.itemKey);
    return { ok: false as const, code: "conflict" as const, current: { ...current!, updatedByName: null, updatedAt: current!.updatedAt.toISOString() } };
  });
}

/** "Antworten absenden" behind a personal link: all 13 answered, then the link is used up. */
export async function submitLinkResponse(db: Database, token: string): Promise<void> {
  const { respondent, answers } = await linkQuestionnaire(db, token);
  const missing = ITEM_KEYS.filter((key) => (answers.find((a) => a.itemKey === key)?.score ?? null) === null);
  if (missing.length) throw missingItemsError(missing);
  await db.transaction(async (tx) => {
    if (!(await submitLinkResponseRow(tx, respondent.id))) throw new AppError("conflict", NOT_FOUND_LINK, LINK_INVALID);
    await audit(tx, {
      actorId: null,
      action: "perspective.submitted",
      entityType: "respondent",
      entityId: respondent.id,
      organisationId: respondent.organisationId,
    });
  });
}

// ---- guests: a workshop ------------------------------------------------------------------

const WORKSHOP_ENDED =
  "Dieser Workshop ist beendet. Ihre Antworten konnten nicht mehr gezählt werden; sie stehen noch unten auf dieser Seite. Bitte sprechen Sie die Moderation an.";
const UNKNOWN_CODE = "Diesen Teilnahmecode gibt es nicht, oder der Workshop ist schon beendet. Bitte prüfen Sie den Code an der Leinwand.";

/** The open workshop behind a code, for the join page; a German refusal otherwise. */
export async function workshopByCode(db: Database, code: string) {
  const valid = /^[A-Z0-9]{4,12}$/.test(code);
  const workshop = valid ? await findOpenWorkshopByCode(db, code) : null;
  if (workshop && workshop.checkStatus === "draft") return workshop;
  // A code that worked a minute ago: say that the workshop has ended, not that the code is wrong.
  const ended = valid ? await findWorkshopByCodeAnyState(db, code) : null;
  throw new AppError("not_found", ended ? WORKSHOP_ENDED : UNKNOWN_CODE, { guestMessage: { key: ended ? "workshop.beendet" : "workshop.codeUnbekannt" } });
}

/** Starts in a workshop per minute: a room fills the form within a few minutes, a script does not inflate "still answering". */
const WORKSHOP_STARTS = { windowMinutes: 1, max: 300 };

/**
 * A participant's browser began the questionnaire (its first answer): the
 * projector then counts them among those still answering, so that whoever
 * ends the workshop knows. Only a random id of the browser is kept.
 */
export async function recordWorkshopStart(db: Database, code: string, participant: string): Promise<void> {
  const workshop = await workshopByCode(db, code);
  const limit = await withinLimit(db, `workshop-start:${workshop.id}`, WORKSHOP_STARTS);
  if (!limit.allowed) return; // the count stays a little low; nobody is refused an answer for it
  await recordParticipantStart(db, workshop.id, participant);
  await notifyWorkshop(db, workshop.id);
}

export type OpenWorkshop = Awaited<ReturnType<typeof workshopByCode>>;

/**
 * One participant's answers, written at once (nothing of an unfinished
 * questionnaire is kept), to the open workshop the caller looked up by its
 * code ({@link workshopByCode}) and checked the browser's cookie for; here the
 * code's rate limit holds and the projector views are told.
 */
export async function submitWorkshopResponse(
  db: Database,
  workshop: OpenWorkshop,
  input: { perspective: PerspectiveKey; answers: Partial<Record<ItemKey, { score: Score; note: string }>>; participant?: string | null },
): Promise<{ workshopId: string }> {
  const missing = ITEM_KEYS.filter((key) => input.answers[key] === undefined);
  if (missing.length) throw missingItemsError(missing);
  const limit = await withinLimit(db, `workshop:${workshop.id}`, WORKSHOP_SUBMISSIONS);
  if (!limit.allowed)
    throw new AppError("rate_limited", "Gerade kommen sehr viele Antworten an. Bitte senden Sie in einer Minute noch einmal.", {
      guestMessage: { key: "fehler.zuViele" },
    });
  await db.transaction(async (tx) => {
    // Complete: every item was checked above.
    await insertWorkshopResponse(tx, workshop, input.perspective, input.answers as Record<ItemKey, { score: Score; note: string }>);
    if (input.participant) await markParticipantSubmitted(tx, workshop.id, input.participant);
    await notifyWorkshop(tx, workshop.id);
  });
  return { workshopId: workshop.id };
}

/**
 * The projector view: the workshop with its count, and after "Workshop
 * beenden" the distribution of its answers per item (counts per score).
 */
export async function workshopProjection(db: Database, user: CurrentUser, organisationId: string, workshopId: string) {
  const workshop = await workshopOfKommune(db, user, organisationId, workshopId);
  if (!workshop.endedAt) return { workshop, counts: null };
  const rows = await workshopScoreCounts(db, workshopId);
  const counts = Object.fromEntries(ITEM_KEYS.map((key) => [key, Array(11).fill(0) as number[]])) as Record<ItemKey, number[]>;
  for (const row of rows) counts[row.item_key][row.score / 10] = row.n;
  return { workshop, counts };
}

/**
 * The presentation of a workshop for the room (its Kommune's members and its
 * assigned advisor): while it runs the count; once ended, per item the spread
 * of the round's perspectives beside the team's answer, "Gesprächsbedarf" first.
 */
export async function workshopPresentation(db: Database, user: CurrentUser, workshopId: string) {
  const workshop = await workshopForViewer(db, user, workshopId);
  const spread = workshop.endedAt ? await roundSpread(db, user, workshop.organisationId, workshop.checkId) : null;
  return { workshop, spread };
}

/** The workshops of a round with their counts, for the advisor's page of the Kommune (its assigned advisor only). */
export async function roundWorkshops(db: Database, user: CurrentUser, organisationId: string, checkId: string) {
  await assertWorkshopRight(db, user, "workshop.watch", organisationId);
  return listWorkshops(db, organisationId, checkId);
}
