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
  | "perspective.manage";

/** What a platform role may do in every Kommune. */
const PLATFORM: Record<PlatformRole, readonly Action[]> = {
  member: [],
  advisor: ["organisation.read", "team.read", "check.read", "review.read", "review.write", "organisation.verify", "measure.read", "measure.comment", "perspective.read"],
  admin: ["organisation.read", "team.read", "check.read", "review.read", "review.write", "organisation.verify", "users.manage", "measure.read", "measure.comment", "perspective.read"],
};

/** What a membership role may do in its own Kommune. Advisors never write a Kommune's answers. */
const MEMBERSHIP: Record<MembershipRole, readonly Action[]> = {
  member: ["organisation.read", "team.read", "check.read", "check.write", "measure.read", "measure.write", "perspective.read"],
  owner: ["organisation.read", "organisation.update", "team.read", "team.manage", "check.read", "check.write", "measure.read", "measure.write", "perspective.read", "perspective.manage"],
};

export interface Actor {
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

/**
 * Throws unless `actor` may do `action` in `organisationId`. A foreign
 * Kommune answers "not found", so its ids cannot be probed.
 */
export function assertCan(actor: Actor, action: Action, organisationId?: string): void {
  if (can(actor, action, organisationId)) return;
  const ownKommune = !organisationId || actor.memberships.some((m) => m.organisationId === organisationId);
  throw ownKommune ? new AppError("forbidden") : new AppError("not_found");
}

/**
 * Guests have no account: a personal link or a workshop code grants one
 * questionnaire of one round, nothing else — no results, no other round,
 * nothing of the Kommune. (lib/auth/guests.ts resolves them.)
 */
export type GuestKind = "link" | "workshop";
export type GuestAction = "perspective.answer";
const GUEST: Record<GuestKind, readonly GuestAction[]> = {
  link: ["perspective.answer"],
  workshop: ["perspective.answer"],
};

export function guestCan(kind: GuestKind, action: GuestAction): boolean {
  return GUEST[kind].includes(action);
}
