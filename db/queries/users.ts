/**
 * Queries on accounts. None of them returns the password hash except
 * `findCredentials`, which exists only for the sign-in check.
 */
import { and, asc, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { memberships, organisations, userSessions, users } from "@/db/schema";
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
    .orderBy(asc(memberships.createdAt));
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
    .orderBy(asc(memberships.createdAt));
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
