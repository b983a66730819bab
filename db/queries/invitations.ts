/** Invitations into a Kommune or a platform role: stored by the hash of their token, used once. */
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { invitations, organisations, type MembershipRole, type PlatformRole } from "@/db/schema";

export interface NewInvitation {
  email: string;
  organisationId: string | null;
  membershipRole: MembershipRole | null;
  platformRole: PlatformRole | null;
  tokenHash: string;
  invitedBy: string;
  expiresAt: Date;
}

export async function insertInvitation(db: Executor, invitation: NewInvitation): Promise<string> {
  const [row] = await db.insert(invitations).values(invitation).returning({ id: invitations.id });
  return row!.id;
}

/** An open invitation by its token's hash, with what it leads to; null when unknown, used or expired. */
export async function findOpenInvitationByHash(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({
      id: invitations.id,
      email: invitations.email,
      organisationId: invitations.organisationId,
      organisationName: organisations.name,
      membershipRole: invitations.membershipRole,
      platformRole: invitations.platformRole,
    })
    .from(invitations)
    .leftJoin(organisations, eq(organisations.id, invitations.organisationId))
    .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.acceptedAt), gt(invitations.expiresAt, sql`now()`)));
  return row ?? null;
}

/** Marks an invitation used; false when someone used it meanwhile. */
export async function claimInvitation(db: Executor, invitationId: string): Promise<boolean> {
  const [claimed] = await db
    .update(invitations)
    .set({ acceptedAt: sql`now()` })
    .where(and(eq(invitations.id, invitationId), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  return claimed !== undefined;
}

/** A Kommune's open invitations, oldest first. */
export async function openKommuneInvitations(db: Executor, organisationId: string) {
  return db
    .select({ id: invitations.id, email: invitations.email, role: invitations.membershipRole, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(eq(invitations.organisationId, organisationId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, sql`now()`)))
    .orderBy(asc(invitations.createdAt));
}

/** Open invitations into a platform role (advisor, admin), oldest first. */
export async function openStaffInvitations(db: Executor) {
  return db
    .select({ id: invitations.id, email: invitations.email, role: invitations.platformRole, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(isNull(invitations.organisationId), isNull(invitations.acceptedAt), gt(invitations.expiresAt, sql`now()`)))
    .orderBy(asc(invitations.createdAt));
}

/** Withdraws an open invitation of a Kommune; false when there is none with that id there. */
export async function deleteOpenKommuneInvitation(db: Executor, organisationId: string, invitationId: string): Promise<boolean> {
  const [deleted] = await db
    .delete(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.organisationId, organisationId), isNull(invitations.acceptedAt)))
    .returning({ id: invitations.id });
  return deleted !== undefined;
}

/** The invitations a person sent: part of their own data export. */
export async function invitationsSentBy(db: Executor, userId: string) {
  return db
    .select({ email: invitations.email, createdAt: invitations.createdAt, acceptedAt: invitations.acceptedAt })
    .from(invitations)
    .where(eq(invitations.invitedBy, userId));
}
