/**
 * Who may do what: one table, read by every guard. Platform roles come from
 * users.role, Kommune roles from memberships.role; nothing else grants rights.
 */
import type { MembershipRole, PlatformRole } from "@/db/schema";
import { AppError } from "@/lib/errors";

export type Action =
  | "organisation.read"
  | "organisation.update"
  | "team.read"
  | "team.manage"
  | "check.read"
  | "check.write"
  | "review.read"
  | "review.write"
  | "organisation.verify"
  | "users.manage"
  | "measure.read"
  | "measure.write"
  | "measure.comment"
  | "perspective.read"
  | "perspective.manage"
  | "workshop.watch"
  | "workshop.run"
  | "survey.read"
  | "survey.run"
  | "indicator.read"
  | "indicator.write";

/** What a platform role may do in every Kommune. */
const PLATFORM: Record<PlatformRole, readonly Action[]> = {
  member: [],
  advisor: [
    "organisation.read",
    "team.read",
    "check.read",
    "review.read",
    "review.write",
    "organisation.verify",
    "measure.read",
    "measure.comment",
    "perspective.read",
    "survey.read",
    "indicator.read",
  ],
  admin: [
    "organisation.read",
    "team.read",
    "check.read",
    "review.read",
    "review.write",
    "organisation.verify",
    "users.manage",
    "measure.read",
    "measure.comment",
    "perspective.read",
    "survey.read",
    "indicator.read",
  ],
};

/** What a membership role may do in its own Kommune. Advisors never write a Kommune's answers. */
const MEMBERSHIP: Record<MembershipRole, readonly Action[]> = {
  member: [
    "organisation.read",
    "team.read",
    "check.read",
    "check.write",
    "measure.read",
    "measure.write",
    "perspective.read",
    "workshop.watch",
    "survey.read",
    "indicator.read",
    "indicator.write",
  ],
  owner: [
    "organisation.read",
    "organisation.update",
    "team.read",
    "team.manage",
    "check.read",
    "check.write",
    "measure.read",
    "measure.write",
    "perspective.read",
    "perspective.manage",
    "workshop.watch",
    "workshop.run",
    "survey.read",
    "survey.run",
    "indicator.read",
    "indicator.write",
  ],
};

/**
 * What the advisor assigned to a Kommune may do there beyond every advisor's
 * rights: facilitate its workshop. A data check (organisations.assigned_advisor_id),
 * never the role alone — another advisor or an admin does not run it.
 */
const ASSIGNED_ADVISOR: readonly Action[] = ["workshop.watch", "workshop.run"];

export interface Actor {
  id?: string;
  role: PlatformRole;
  memberships: readonly { organisationId: string; role: MembershipRole }[];
}

/** True when `actor` may do `action`, in the Kommune `organisationId` where the action concerns one. */
export function can(actor: Actor | null, action: Action, organisationId?: string): boolean {
  if (!actor) return false;
  if (PLATFORM[actor.role].includes(action)) return true;
  if (!organisationId) return false;
  const membership = actor.memberships.find((m) => m.organisationId === organisationId);
  return membership ? MEMBERSHIP[membership.role].includes(action) : false;
}

/** A Kommune with the advisor assigned to it: what {@link canIn} decides on. */
export interface KommuneAssignment {
  organisationId: string;
  assignedAdvisorId: string | null;
}

/** {@link can}, plus the rights of the advisor assigned to `kommune`. */
export function canIn(actor: Actor | null, action: Action, kommune: KommuneAssignment): boolean {
  if (!actor) return false;
  const assigned = actor.role === "advisor" && actor.id !== undefined && actor.id === kommune.assignedAdvisorId;
  return (assigned && ASSIGNED_ADVISOR.includes(action)) || can(actor, action, kommune.organisationId);
}

function refusal(actor: Actor, organisationId?: string): AppError {
  const ownKommune = !organisationId || actor.memberships.some((m) => m.organisationId === organisationId);
  return ownKommune ? new AppError("forbidden") : new AppError("not_found");
}

/**
 * Throws unless `actor` may do `action` in `organisationId`. A foreign
 * Kommune answers "not found", so its ids cannot be probed.
 */
export function assertCan(actor: Actor, action: Action, organisationId?: string): void {
  if (!can(actor, action, organisationId)) throw refusal(actor, organisationId);
}

/** {@link assertCan} with the assigned advisor's rights ({@link canIn}). */
export function assertCanIn(actor: Actor, action: Action, kommune: KommuneAssignment): void {
  if (!canIn(actor, action, kommune)) throw refusal(actor, kommune.organisationId);
}

/*
 * Guests have no account and no entry in these tables: a personal link or a
 * workshop code grants exactly one questionnaire of one round — no results,
 * no other round, nothing of the Kommune. That grant is the lookup itself
 * (lib/services/perspectives.ts: linkQuestionnaire by the token's hash,
 * workshopByCode for an open workshop), so there is no right to check beside
 * it; lib/auth/guests.ts keeps a workshop to one answer per browser.
 */
