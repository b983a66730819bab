/** Queries on a Kommune's team: its members and their roles. The Kommune is a required argument everywhere. */
import { and, asc, count, eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { memberships, users, type MembershipRole } from "@/db/schema";

/** A Kommune's members by name, with whether their address is confirmed. */
export async function listTeamMembers(db: Executor, organisationId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, emailConfirmedAt: users.emailConfirmedAt, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.name));
}

/** Whether someone with this address already belongs to the Kommune. */
export async function isMemberByEmail(db: Executor, organisationId: string, email: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(users.email, email)));
  return row !== undefined;
}

/** How many owners the Kommune has, locking their rows so two concurrent demotions cannot both pass a check on it. */
export async function lockOwners(db: Executor, organisationId: string): Promise<number> {
  const rows = await db
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "owner")))
    .for("update");
  return rows.length;
}

/** How many owners the Kommune has. */
export async function countOwners(db: Executor, organisationId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "owner")));
  return row?.n ?? 0;
}

export async function setMembershipRole(db: Executor, organisationId: string, userId: string, role: MembershipRole): Promise<void> {
  await db
    .update(memberships)
    .set({ role })
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
}

/** Adds a person to a Kommune; a membership they already have stays as it is. */
export async function addMembership(db: Executor, organisationId: string, userId: string, role: MembershipRole): Promise<void> {
  await db.insert(memberships).values({ userId, organisationId, role }).onConflictDoNothing();
}

export async function deleteMembership(db: Executor, organisationId: string, userId: string): Promise<void> {
  await db.delete(memberships).where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
}

/** The Kommune's members by name: who can be responsible for a measure. */
export async function listMemberNames(db: Executor, organisationId: string) {
  return db
    .select({ id: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(users.name);
}
