/**
 * Queries on accounts. None of them returns the password hash except
 * `findCredentials`, which exists only for the sign-in check.
 */
import { and, asc, eq, gt, ilike, isNull, ne, or, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { containsPattern } from "@/db/like";
import { memberships, organisations, userSessions, users, type PlatformRole } from "@/db/schema";
import { isUuid } from "@/lib/ids";

export const publicUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  sessionVersion: users.sessionVersion,
  disabled: users.disabled,
  emailConfirmedAt: users.emailConfirmedAt,
  totpEnabledAt: users.totpEnabledAt,
  // Spelled out: drizzle leaves columns unqualified in a query of one table.
  hasPasskey: sql<boolean>`EXISTS (SELECT 1 FROM passkeys p WHERE p.user_id = "users"."id")`,
  measureReminders: users.measureReminders,
  createdAt: users.createdAt,
  lastSignInAt: users.lastSignInAt,
};

export async function findCredentials(db: Executor, email: string) {
  const [row] = await db
    .select({ ...publicUserColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}

export async function findUserByEmail(db: Executor, email: string) {
  const [row] = await db.select(publicUserColumns).from(users).where(eq(users.email, email.toLowerCase()));
  return row ?? null;
}

const membershipColumns = {
  organisationId: memberships.organisationId,
  role: memberships.role,
  organisationName: organisations.name,
  organisationKind: organisations.kind,
  verified: organisations.verified,
};

/** The user's memberships with their Kommune, oldest first (the first is the active one). */
export async function listMemberships(db: Executor, userId: string) {
  return db
    .select(membershipColumns)
    .from(memberships)
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.createdAt), asc(memberships.organisationId)); // ties: the autosave statement orders alike
}

type Membership = Awaited<ReturnType<typeof listMemberships>>[number];

/**
 * A user, the browser's session and the memberships (oldest first) in one
 * statement: the lookup behind every signed-in request. `session` is null
 * when `sessionId` names no live session of this user (signed out, revoked,
 * expired) or when no session is asked for (test fixtures).
 */
export async function findUserWithMemberships(db: Executor, userId: string, sessionId: string | null = null) {
  const liveSession = and(
    eq(userSessions.id, sessionId && isUuid(sessionId) ? sessionId : sql`NULL::uuid`),
    eq(userSessions.userId, users.id),
    isNull(userSessions.revokedAt),
    gt(userSessions.expiresAt, sql`now()`),
  );
  const rows = await db
    .select({
      user: publicUserColumns,
      session: { id: userSessions.id, activeOrganisationId: userSessions.activeOrganisationId },
      membership: membershipColumns,
    })
    .from(users)
    .leftJoin(userSessions, liveSession)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(users.id, userId))
    .orderBy(asc(memberships.createdAt), asc(memberships.organisationId)); // ties: the autosave statement orders alike
  if (rows.length === 0) return null;
  const list = rows.flatMap((row) => (row.membership?.organisationId ? [row.membership as Membership] : []));
  const session = rows[0]!.session?.id ? rows[0]!.session : null;
  return { user: rows[0]!.user, session, memberships: list };
}

/** The membership of `userId` in the Kommune, or null (not a member, or a malformed id). */
export async function findMembership(db: Executor, organisationId: string, userId: string) {
  if (!isUuid(userId)) return null;
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.userId, userId)));
  return row ?? null;
}

/** The platform role of a user; null for an unknown id. `lock` holds the row until the transaction ends. */
export async function findUserRole(db: Executor, userId: string, lock?: "update") {
  const query = db.select({ role: users.role }).from(users).where(eq(users.id, userId));
  const [row] = lock ? await query.for(lock) : await query;
  return row?.role ?? null;
}

/** Name and address of an account, to write to the person; null for an unknown id. */
export async function findUserContact(db: Executor, userId: string) {
  const [row] = await db.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, userId));
  return row ?? null;
}

export interface NewUser {
  email: string;
  name: string;
  passwordHash: string;
  /** Set when the address is confirmed by the way the account is made (an invitation link). */
  emailConfirmedAt?: Date;
}

export async function insertUser(db: Executor, user: NewUser): Promise<{ id: string; sessionVersion: number }> {
  const [row] = await db.insert(users).values(user).returning({ id: users.id, sessionVersion: users.sessionVersion });
  return row!;
}

/** What a person may change of their own account, or an admin of someone else's. */
export type UserChanges = Partial<Pick<typeof users.$inferInsert, "name" | "email" | "emailConfirmedAt" | "passwordHash" | "measureReminders">>;

export async function updateUser(db: Executor, userId: string, changes: UserChanges): Promise<void> {
  await db
    .update(users)
    .set({ ...changes, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

/** Confirms `email` for the account, only while the account still has that address; false otherwise. */
export async function confirmUserEmail(db: Executor, userId: string, email: string): Promise<boolean> {
  const [confirmed] = await db
    .update(users)
    .set({ emailConfirmedAt: sql`now()` })
    .where(and(eq(users.id, userId), eq(users.email, email)))
    .returning({ id: users.id });
  return confirmed !== undefined;
}

/** A new platform role; the session version rises, so every session of the person ends. */
export async function setPlatformRole(db: Executor, userId: string, role: PlatformRole): Promise<void> {
  await db
    .update(users)
    .set({ role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

/** (De)activates an account and ends its sessions; false when it is unknown or already so. */
export async function setUserDisabled(db: Executor, userId: string, disabled: boolean): Promise<boolean> {
  const [changed] = await db
    .update(users)
    .set({ disabled, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(and(eq(users.id, userId), ne(users.disabled, disabled)))
    .returning({ id: users.id });
  return changed !== undefined;
}

export async function sessionVersionOf(db: Executor, userId: string): Promise<number | null> {
  const [row] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return row?.sessionVersion ?? null;
}

/** The account as its own data export shows it (never the password hash or a second-factor secret). */
export async function accountForExport(db: Executor, userId: string) {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabled: users.disabled,
      emailConfirmedAt: users.emailConfirmedAt,
      lastSignInAt: users.lastSignInAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  return row ?? null;
}

/** Deletes an account and its memberships; audit rows and checks keep their history (their actor columns become NULL). */
export async function deleteUser(db: Executor, userId: string): Promise<void> {
  await db.delete(memberships).where(eq(memberships.userId, userId));
  await db.delete(users).where(eq(users.id, userId));
}

export interface UserFilter {
  q?: string;
  role?: PlatformRole;
  disabled?: boolean;
  page: number;
  pageSize: number;
}

/** One page of accounts for /admin: staff first, then by address; searched by name or address. */
export async function listUsersPage(db: Executor, filter: UserFilter) {
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
