/**
 * A Kommune's team: its members, their roles and open invitations. Every
 * function takes the Kommune as a required argument and checks the actor's
 * right in it; a Kommune always keeps at least one owner.
 */
import type { Database, Transaction } from "@/db";
import type { MembershipRole } from "@/db/schema";
import { audit } from "@/db/queries/audit";
import { deleteOpenKommuneInvitation, openKommuneInvitations } from "@/db/queries/invitations";
import { findOrganisationRow, updateOrganisationFields } from "@/db/queries/organisations";
import { invalidateAllGroupFigures } from "@/db/queries/statewide";
import { deleteMembership, isMemberByEmail, listTeamMembers, lockOwners, setMembershipRole } from "@/db/queries/team";
import { findMembership } from "@/db/queries/users";
import { assertCan } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { AppError } from "@/lib/errors";
import type { OrganisationKind, Regierungsbezirk } from "@/lib/organisations";
import { createInvitation } from "./invitations";

export const LAST_OWNER_MESSAGE = "Eine Kommune braucht mindestens eine Person mit der Rolle „Verantwortlich“. Ernennen Sie zuerst eine andere Person.";

export async function listTeam(db: Database, actor: CurrentUser, organisationId: string) {
  assertCan(actor, "team.read", organisationId);
  const [members, pending] = await Promise.all([listTeamMembers(db, organisationId), openKommuneInvitations(db, organisationId)]);
  return { members, pending };
}

export async function inviteMember(db: Database, actor: CurrentUser, organisationId: string, email: string, role: MembershipRole) {
  assertCan(actor, "team.manage", organisationId);
  if (await isMemberByEmail(db, organisationId, email)) {
    const message = "Diese Person gehört bereits zu Ihrem Team.";
    throw new AppError("conflict", message, { fieldErrors: { email: [message] } });
  }
  await createInvitation(db, actor, { email, organisationId, membershipRole: role });
}

/** The membership of `userId` in `organisationId`; a person of another Kommune is "not in your team". */
async function memberOf(tx: Transaction, organisationId: string, userId: string) {
  const current = await findMembership(tx, organisationId, userId);
  if (!current) throw new AppError("not_found", "Diese Person gehört nicht zu Ihrem Team.");
  return current;
}

export async function changeMemberRole(db: Database, actor: CurrentUser, organisationId: string, userId: string, role: MembershipRole) {
  assertCan(actor, "team.manage", organisationId);
  await db.transaction(async (tx) => {
    const current = await memberOf(tx, organisationId, userId);
    if (current.role === role) return;
    if (current.role === "owner" && (await lockOwners(tx, organisationId)) <= 1) throw new AppError("conflict", LAST_OWNER_MESSAGE);
    await setMembershipRole(tx, organisationId, userId, role);
    await audit(tx, { actorId: actor.id, action: "membership.role_changed", entityType: "user", entityId: userId, organisationId, data: { role } });
  });
}

export async function removeMember(db: Database, actor: CurrentUser, organisationId: string, userId: string) {
  assertCan(actor, "team.manage", organisationId);
  await db.transaction(async (tx) => {
    const current = await memberOf(tx, organisationId, userId);
    if (current.role === "owner" && (await lockOwners(tx, organisationId)) <= 1) throw new AppError("conflict", LAST_OWNER_MESSAGE);
    await deleteMembership(tx, organisationId, userId);
    await audit(tx, { actorId: actor.id, action: "membership.removed", entityType: "user", entityId: userId, organisationId });
  });
}

export async function revokeInvitation(db: Database, actor: CurrentUser, organisationId: string, invitationId: string) {
  assertCan(actor, "team.manage", organisationId);
  await db.transaction(async (tx) => {
    if (!(await deleteOpenKommuneInvitation(tx, organisationId, invitationId))) throw new AppError("not_found", "Diese Einladung gibt es nicht (mehr).");
    await audit(tx, { actorId: actor.id, action: "invitation.revoked", entityType: "invitation", entityId: invitationId, organisationId });
  });
}

export async function getOrganisation(db: Database, actor: CurrentUser, organisationId: string) {
  assertCan(actor, "organisation.read", organisationId);
  const row = await findOrganisationRow(db, organisationId);
  if (!row) throw new AppError("not_found");
  return row;
}

export interface OrganisationUpdate {
  organisationName: string;
  kind: OrganisationKind;
  regierungsbezirk: Regierungsbezirk;
  ags: string | null;
}

export async function updateOrganisation(db: Database, actor: CurrentUser, organisationId: string, input: OrganisationUpdate) {
  assertCan(actor, "organisation.update", organisationId);
  try {
    await db.transaction(async (tx) => {
      await updateOrganisationFields(tx, organisationId, {
        name: input.organisationName,
        kind: input.kind,
        regierungsbezirk: input.regierungsbezirk,
        ags: input.ags,
      });
      await audit(tx, {
        actorId: actor.id,
        action: "organisation.updated",
        entityType: "organisation",
        entityId: organisationId,
        organisationId,
        data: { ...input },
      });
      // Kind or Regierungsbezirk may have changed: the old and the new groups are stale.
      await invalidateAllGroupFigures(tx);
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; constraint?: string } }).cause;
    if (cause?.code === "23505" && cause.constraint === "organisations_ags_key") {
      const message = "Dieser Gemeindeschlüssel ist bereits einer anderen Kommune zugeordnet. Bitte wenden Sie sich an NIKO.";
      throw new AppError("conflict", message, { fieldErrors: { ags: [message] } });
    }
    throw error;
  }
}
