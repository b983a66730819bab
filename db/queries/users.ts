/**
 * Queries on accounts. None of them returns the password hash except
 * `findCredentials`, which exists only for the sign-in check.
 */
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { memberships, organisations, users } from "@/db/schema";

export const publicUserColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  sessionVersion: users.sessionVersion,
  disabled: users.disabled,
  emailConfirmedAt: users.emailConfirmedAt,
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

/** A user and their memberships (oldest first) in one statement: the lookup behind every signed-in request. */
export async function findUserWithMemberships(db: Executor, userId: string) {
  const rows = await db
    .select({ user: publicUserColumns, membership: membershipColumns })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(eq(users.id, userId))
    .orderBy(asc(memberships.createdAt));
  if (rows.length === 0) return null;
  const list = rows.flatMap((row) => (row.membership?.organisationId ? [row.membership as Membership] : []));
  return { user: rows[0]!.user, memberships: list };
}
