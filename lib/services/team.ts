/**
 * A Kommune's team: its members, their roles and open invitations. Every
 * function takes the Kommune as a required argument and checks the actor's
 * right in it; a Kommune always keeps at least one owner.
 */
import { and, asc, count, eq, gt, isNull, sql } from "drizzle-orm";
import type { Database, Transaction } from "@/db";
import { invitations, memberships, organisations, users, type MembershipRole } from "@/db/schema";
import { findMembership } from "@/db/queries/users";
import { assertCan } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { AppError } from "@/lib/errors";
import type { OrganisationKind, Regierungsbezirk } from "@/lib/organisations";
import { audit } from "./audit";
import { createInvitation } from "./invitations";

export const LAST_OWNER_MESSAGE =
  "Eine Kommune braucht mindestens eine Person mit der Rolle „Verantwortlich“. Ernennen Sie zuerst eine andere Person.";

export async function listTeam(db: Database, actor: CurrentUser, organisationId: string) {
  assertCan(actor, "team.read", organisationId);
  const members = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      emailConfirmedAt: users.emailConfirmedAt,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.name));
  const pending = await db
    .select({ id: invitations.id, email: invitations.email, role: invitations.membershipRole, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(eq(invitations.organisationId, organisationId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, sql`now()`)))
    .orderBy(asc(invitations.createdAt));
  return { members, pending };
}

export async function inviteMember(db: Database, actor: CurrentUser, organisationId: string, email: string, role: MembershipRole) {
  assertCan(actor, "team.manage", organisationId);
  const [existing] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(users.email, email)));
  if (existing) {
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

async function ownerCount(tx: Transaction, organisationId: string): Promise<number> {
  // Locks the Kommune's owner rows so two concurrent demotions cannot both pass the check.
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "owner")))
    .for("update");
  return rows.length;
}

export async function changeMemberRole(db: Database, actor: CurrentUser, organisationId: string, userId: string, role: MembershipRole) {
  assertCan(actor, "team.manage", organisationId);
  await db.transaction(async (tx) => {
    const current = await memberOf(tx, organisationId, userId);
    if (current.role === role) return;
    if (current.role === "owner" && (await ownerCount(tx, organisationId)) <= 1) throw new AppError("conflict", LAST_OWNER_MESSAGE);
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    await audit(tx, { actorId: actor.id, action: "membership.role_changed", entityType: "user", entityId: userId, organisationId, data: { role } });
  });
}

export async function removeMember(db: Database, actor: CurrentUser, organisationId: string, userId: string) {
  assertCan(actor, "team.manage", organisationId);
  await db.transaction(async (tx) => {
    const current = await memberOf(tx, organisationId, userId);
    if (current.role === "owner" && (await ownerCount(tx, organisationId)) <= 1) throw new AppError("conflict", LAST_OWNER_MESSAGE);
    await tx.delete(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
    await audit(tx, { actorId: actor.id, action: "membership.removed", entityType: "user", entityId: userId, organisationId });
  });
}

export async function revokeInvitation(db: Database, actor: CurrentUser, organisationId: string, invitationId: string) {
  assertCan(actor, "team.manage", organisationId);
  await db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, organisationId), isNull(invitations.acceptedAt)))
      .returning({ id: invitations.id });
    if (!deleted) throw new AppError("not_found", "Diese Einladung gibt es nicht (mehr).");
    await audit(tx, { actorId: actor.id, action: "invitation.revoked", entityType: "invitation", entityId: invitationId, organisationId });
  });
}

export async function getOrganisation(db: Database, actor: CurrentUser, organisationId: string) {
  assertCan(actor, "organisation.read", organisationId);
  const [row] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
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
      await tx
        .update(organisations)
        .set({ name: input.organisationName, kind: input.kind, regierungsbezirk: input.regierungsbezirk, ags: input.ags, updatedAt: sql`now()` })
        .where(eq(organisations.id, organisationId));
      await audit(tx, { actorId: actor.id, action: "organisation.updated", entityType: "organisation", entityId: organisationId, organisationId, data: { ...input } });
      // Kind or Regierungsbezirk may have changed: the old and the new groups are stale.
      await tx.execute(sql`DELETE FROM group_figures`);
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

export async function countOwners(db: Database, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "owner")));
  return row?.n ?? 0;
}
