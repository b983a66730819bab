/**
 * The plan of measures of a Kommune: what it will do about which items, who
 * is responsible, by when and with which target score for the next round.
 * Members read and write their own Kommune's plan; advisors read every plan
 * and comment (their comments reach the Kommune when they release them).
 * Every change writes the audit log in the same transaction.
 */
import type { Database } from "@/db";
import { latestSubmittedRound } from "@/db/queries/checks";
import {
  findMeasure,
  insertMeasure,
  insertMeasureNote,
  listMeasureNotes,
  listMeasures,
  listMeasuresCreatedBetween,
  releaseMeasureComments,
  updateMeasureRow,
  type MeasureFilter,
} from "@/db/queries/measures";
import { memberEmails } from "@/db/queries/organisations";
import { listMemberNames } from "@/db/queries/team";
import { findMembership } from "@/db/queries/users";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { assertCan } from "@/lib/auth/permissions";
import { sendMail } from "@/lib/email/mailer";
import { measureCommentsReleasedMail } from "@/lib/email/templates";
import { AppError } from "@/lib/errors";
import { CHECK_ITEMS, getItem } from "@/lib/kurzcheck/items";
import type { ItemKey, Score } from "@/lib/kurzcheck/keys";
import { nextStepFor } from "@/lib/kurzcheck/next-steps";
import { bandOf } from "@/lib/kurzcheck/scoring";
import { isOpen } from "@/lib/measures";
import type { OrganisationKind } from "@/lib/organisations";
import type { MeasureInput } from "@/lib/validation/measures";
import { addMonths, todayInGermany } from "@/lib/dates";
import { audit } from "@/db/queries/audit";

export type { MeasureRow } from "@/db/queries/measures";
import { scoresOf } from "./checks";
import { checkIndicatorTarget } from "./indicators";

/** The target an item's measures set: the highest target of those not deferred; null without one. */
function itemTarget(measures: readonly { status: string; targetScore: number | null }[]): number | null {
  const targets = measures.filter((m) => m.status !== "deferred" && m.targetScore !== null).map((m) => m.targetScore!);
  return targets.length ? Math.max(...targets) : null;
}

/** The Kommune's plan: measures (filtered), their released notes, and per item the latest score and the targets. */
export async function loadPlan(
  db: Database,
  user: CurrentUser,
  organisationId: string,
  filter: MeasureFilter = {},
  options: { withAdvisorDrafts?: boolean } = {},
) {
  assertCan(user, "measure.read", organisationId);
  const [list, everything, latest] = await Promise.all([
    listMeasures(db, organisationId, filter),
    filter.status || filter.itemKey || filter.responsible || filter.overdueOn ? listMeasures(db, organisationId) : null,
    latestSubmittedRound(db, organisationId),
  ]);
  const all = everything ?? list;
  const notes = await listMeasureNotes(
    db,
    organisationId,
    list.map((m) => m.id),
    { withDrafts: options.withAdvisorDrafts ?? false },
  );
  const scores = latest ? scoresOf(latest.answers) : {};
  const perItem = CHECK_ITEMS.map((item) => {
    const ofItem = all.filter((m) => m.items.includes(item.key));
    return {
      item,
      score: scores[item.key] ?? null,
      target: itemTarget(ofItem),
      measures: ofItem.length,
      open: ofItem.filter((m) => isOpen(m.status)).length,
    };
  });
  return {
    measures: list,
    total: all.length,
    notes,
    perItem,
    latestRound: latest ? { roundTitle: latest.roundTitle, submittedAt: latest.submittedAt } : null,
    today: todayInGermany(),
  };
}

export async function getMeasure(db: Database, user: CurrentUser, organisationId: string, measureId: string) {
  assertCan(user, "measure.read", organisationId);
  const measure = await findMeasure(db, organisationId, measureId);
  if (!measure) throw new AppError("not_found", "Diese Maßnahme wurde nicht gefunden.");
  const notes = await listMeasureNotes(db, organisationId, [measure.id], { withDrafts: false });
  return { measure, notes };
}

/** The people who can be responsible: the Kommune's members. */
export async function responsibleCandidates(db: Database, user: CurrentUser, organisationId: string) {
  assertCan(user, "measure.read", organisationId);
  return listMemberNames(db, organisationId);
}

/** The columns a measure form writes; the responsible person is checked against the Kommune first. */
async function measureColumns(db: Database, organisationId: string, input: MeasureInput) {
  return {
    title: input.title,
    description: input.description,
    ...(await responsibleColumns(db, organisationId, input.responsible)),
    dueOn: input.dueOn,
    targetScore: input.targetScore,
    targetIndicatorKey: input.indicatorTarget?.key ?? null,
    targetIndicatorValue: input.indicatorTarget ? await checkIndicatorTarget(db, organisationId, input.indicatorTarget.key, input.indicatorTarget.value) : null,
    status: input.status,
  };
}

async function responsibleColumns(db: Database, organisationId: string, responsible: MeasureInput["responsible"]) {
  if ("role" in responsible) return { responsibleUserId: null, responsibleRole: responsible.role };
  // Ownership comes from the Kommune, never from the form: a person of another Kommune is refused.
  if (!(await findMembership(db, organisationId, responsible.userId))) {
    const message = "Diese Person gehört nicht zu Ihrem Team. Bitte wählen Sie jemanden aus Ihrer Kommune oder nennen Sie eine Stelle.";
    throw new AppError("invalid", message, { fieldErrors: { verantwortlich: [message] } });
  }
  return { responsibleUserId: responsible.userId, responsibleRole: null };
}

export interface SavedMeasure {
  id: string;
  /** Set when the due date lies in the past: saved anyway, with a hint. */
  warning: string | null;
}

function pastDueWarning(dueOn: string | null): string | null {
  return dueOn && dueOn < todayInGermany() ? "Hinweis: Das Fälligkeitsdatum liegt in der Vergangenheit. Die Maßnahme erscheint deshalb als überfällig." : null;
}

export async function createMeasure(db: Database, user: CurrentUser, organisationId: string, input: MeasureInput): Promise<SavedMeasure> {
  assertCan(user, "measure.write", organisationId);
  const columns = await measureColumns(db, organisationId, input);
  const id = await db.transaction(async (tx) => {
    const created = await insertMeasure(tx, organisationId, columns, input.items, user.id);
    await audit(tx, {
      actorId: user.id,
      action: "measure.created",
      entityType: "measure",
      entityId: created,
      organisationId,
      data: { title: input.title, items: input.items },
    });
    return created;
  });
  return { id, warning: pastDueWarning(input.dueOn) };
}

/** Saves an edit made on `version`; if someone changed the measure meanwhile, nothing is written. */
export async function updateMeasure(
  db: Database,
  user: CurrentUser,
  organisationId: string,
  measureId: string,
  version: number,
  input: MeasureInput,
): Promise<SavedMeasure> {
  assertCan(user, "measure.write", organisationId);
  const columns = await measureColumns(db, organisationId, input);
  await db.transaction(async (tx) => {
    const current = await findMeasure(tx, organisationId, measureId, "update");
    if (!current) throw new AppError("not_found", "Diese Maßnahme wurde nicht gefunden.");
    if (current.version !== version) {
      throw new AppError(
        "conflict",
        "Jemand aus Ihrem Team hat diese Maßnahme inzwischen geändert. Bitte laden Sie die Seite neu; Ihre Eingaben wurden nicht gespeichert.",
      );
    }
    await updateMeasureRow(tx, organisationId, measureId, columns, input.items);
    const changed = Object.entries({ title: input.title, status: input.status, dueOn: input.dueOn, targetScore: input.targetScore })
      .filter(([key, value]) => current[key as keyof typeof current] !== value)
      .map(([key]) => key);
    await audit(tx, {
      actorId: user.id,
      action: "measure.updated",
      entityType: "measure",
      entityId: measureId,
      organisationId,
      data: { changed, status: input.status },
    });
  });
  return { id: measureId, warning: pastDueWarning(input.dueOn) };
}

/** A dated progress note of the Kommune under one of its measures. */
export async function addProgressNote(db: Database, user: CurrentUser, organisationId: string, measureId: string, body: string): Promise<void> {
  assertCan(user, "measure.write", organisationId);
  await db.transaction(async (tx) => {
    const measure = await findMeasure(tx, organisationId, measureId);
    if (!measure) throw new AppError("not_found", "Diese Maßnahme wurde nicht gefunden.");
    await insertMeasureNote(tx, { measureId, authorId: user.id, body });
    await audit(tx, { actorId: user.id, action: "measure.note_added", entityType: "measure", entityId: measureId, organisationId });
  });
}

// ---- advisors ------------------------------------------------------------------------

/** An advisor's comment on a measure: a draft the Kommune sees once the advisor releases the plan's comments. */
export async function addAdvisorComment(db: Database, advisor: CurrentUser, organisationId: string, measureId: string, body: string): Promise<void> {
  assertCan(advisor, "measure.comment", organisationId);
  await db.transaction(async (tx) => {
    const measure = await findMeasure(tx, organisationId, measureId);
    if (!measure) throw new AppError("not_found", "Diese Maßnahme wurde nicht gefunden.");
    await insertMeasureNote(tx, { measureId, authorId: advisor.id, body, fromAdvisor: true, released: false });
    await audit(tx, { actorId: advisor.id, action: "measure.comment_drafted", entityType: "measure", entityId: measureId, organisationId });
  });
}

/** Releases the advisors' draft comments on a Kommune's plan at once; its members get a mail. */
export async function releaseAdvisorComments(db: Database, advisor: CurrentUser, organisationId: string): Promise<number> {
  assertCan(advisor, "measure.comment", organisationId);
  const released = await db.transaction(async (tx) => {
    const count = await releaseMeasureComments(tx, organisationId);
    if (count === 0) throw new AppError("invalid", "Es gibt keine neuen Kommentare zum Freigeben.");
    await audit(tx, {
      actorId: advisor.id,
      action: "measure.comments_released",
      entityType: "organisation",
      entityId: organisationId,
      organisationId,
      data: { comments: count },
    });
    return count;
  });
  for (const email of await memberEmails(db, organisationId)) await sendMail(measureCommentsReleasedMail(email));
  return released;
}

// ---- from a next step to a measure -----------------------------------------------

/** The score a Kommune aims for one band up: the lower edge of the next band, or 100 at the top. */
export function oneBandUp(score: Score): Score {
  const band = bandOf(score).key;
  return band === "low" ? 40 : band === "middle" ? 70 : 100;
}

/** A measure's title is short; the step itself is its description. */
const DRAFT_TITLE_MAX = 90;

/**
 * "Als Maßnahme übernehmen": a draft measure from the next step of an item —
 * a short title (the step's first clause, or the item's name where the step
 * has no short first clause), the whole step as description, the item, due in
 * six months, the target one band up.
 */
export function measureDraftFromNextStep(itemKey: ItemKey, score: Score, kind: OrganisationKind | null, today = todayInGermany()) {
  const item = getItem(itemKey);
  const step = nextStepFor(item, bandOf(score).key, kind);
  const firstClause = step.text
    .split(/:\s|\s–\s|;\s|(?<=[.!?])\s/)[0]!
    .replace(/[.:!?]$/, "")
    .trim();
  const title = firstClause.length <= DRAFT_TITLE_MAX && firstClause.length < step.text.length - 1 ? firstClause : `Nächster Schritt: ${item.title}`;
  return { title, description: step.text, items: [itemKey], dueOn: addMonths(today, 6), targetScore: oneBandUp(score) };
}

// ---- follow-up at the next round -------------------------------------------------

/**
 * For a submitted round: the measures the Kommune planned since the round
 * before, and per item the target they set against the score now reached.
 */
export async function followUp(
  db: Database,
  user: CurrentUser,
  organisationId: string,
  round: { submittedAt: Date | null; scores: Partial<Record<ItemKey, Score | null>> },
  previousSubmittedAt: Date | null,
) {
  assertCan(user, "measure.read", organisationId);
  if (!round.submittedAt) return { measures: [], perItem: [] };
  const list = await listMeasuresCreatedBetween(db, organisationId, previousSubmittedAt, round.submittedAt);
  const perItem = CHECK_ITEMS.flatMap((item) => {
    const ofItem = list.filter((m) => m.items.includes(item.key));
    if (ofItem.length === 0) return [];
    const target = itemTarget(ofItem);
    const reached = round.scores[item.key] ?? null;
    return [{ item, target, reached, met: target !== null && reached !== null ? reached >= target : null, measures: ofItem }];
  });
  return { measures: list, perItem };
}
