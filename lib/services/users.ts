/**
 * Administration of accounts: roles, deactivation, invitations to the
 * platform roles. Raising the session version ends the user's sessions, so a
 * change takes effect at once.
 */
import { and, asc, eq, ilike, ne, or, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { containsPattern } from "@/db/like";
import { invitations, users, type PlatformRole } from "@/db/schema";
import { findUserByEmail, publicUserColumns } from "@/db/queries/users";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { AppError } from "@/lib/errors";
import { audit } from "./audit";
import { createInvitation } from "./invitations";

export interface UserFilter {
  q?: string;
  role?: PlatformRole;
  disabled?: boolean;
  page: number;
  pageSize: number;
}

/** One page of accounts for /admin: staff first, then by address; searched by name or address. */
export async function listUsers(db: Database, filter: UserFilter) {
  const conditions = [
    filter.q ? or(ilike(users.email, containsPattern(filter.q)), ilike(users.name, containsPattern(filter.q))) : undefined,
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.disabled === undefined ? undefined : eq(users.disabled, filter.disabled),
  ].filter(Boolean);
  const rows = await db
    .select({ ...publicUserColumns, total: sql<number>`count(*) OVER ()::int` })
    .from(users)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(sql`${users.role} = 'member'`, asc(users.email))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { rows, total: rows[0]?.total ?? 0 };
}

function refuseSelf(actor: CurrentUser, userId: string) {
  if (actor.id === userId) {
    throw new AppError("forbidden", "Ihr eigenes Konto können Sie hier nicht ändern; das verhindert, dass sich die Administration aussperrt.");
  }
}

/** Changes a platform role; false when the person already had it. An unknown id is "not found", never a success. */
export async function changePlatformRole(db: Database, actor: CurrentUser, userId: string, role: PlatformRole): Promise<boolean> {
  refuseSelf(actor, userId);
  return db.transaction(async (tx) => {
    const [person] = await tx.select({ role: users.role }).from(users).where(eq(users.id, userId)).for("update");
    if (!person) throw new AppError("not_found", "Dieses Konto wurde nicht gefunden.");
    if (person.role === role) return false;
    await tx.update(users).set({ role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` }).where(eq(users.id, userId));
    await audit(tx, { actorId: actor.id, action: "user.role_changed", entityType: "user", entityId: userId, data: { role } });
    return true;
  });
}

export async function setUserDisabled(db: Database, actor: CurrentUser, userId: string, disabled: boolean) {
  refuseSelf(actor, userId);
  await db.transaction(async (tx) => {
    const [changed] = await tx
      .update(users)
      .set({ disabled, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
      .where(and(eq(users.id, userId), ne(users.disabled, disabled)))
      .returning({ id: users.id });
    if (!changed) throw new AppError("not_found", "Dieses Konto gibt es nicht (mehr).");
    await audit(tx, {
      actorId: actor.id,
      action: disabled ? "user.deactivated" : "user.reactivated",
      entityType: "user",
      entityId: userId,
    });
  });
}

/** Invites a new advisor or admin; an existing account is changed through its role instead. */
export async function inviteStaff(db: Database, actor: CurrentUser, email: string, role: Exclude<PlatformRole, "member">) {
  if (await findUserByEmail(db, email)) {
    throw new AppError("conflict", "Für diese Adresse gibt es schon ein Konto. Ändern Sie dort die Rolle.", {
      fieldErrors: { email: ["Für diese Adresse gibt es schon ein Konto. Ändern Sie dort die Rolle."] },
    });
  }
  await createInvitation(db, actor, { email, platformRole: role });
}

export async function pendingStaffInvitations(db: Database) {
  return db
    .select({ id: invitations.id, email: invitations.email, role: invitations.platformRole, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(and(sql`${invitations.organisationId} IS NULL`, sql`${invitations.acceptedAt} IS NULL`, sql`${invitations.expiresAt} > now()`))
    .orderBy(asc(invitations.createdAt));
}
