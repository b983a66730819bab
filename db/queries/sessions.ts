/** Browser sessions: one row per sign-in, referenced by the session cookie; ending the row ends the session. */
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { userSessions, users } from "@/db/schema";

/**
 * Stamps the sign-in on an account that is still active with the session
 * version the password check saw; the account, or null when it changed meanwhile.
 */
export async function markSignedIn(db: Executor, userId: string, sessionVersion: number) {
  const [user] = await db
    .update(users)
    .set({ lastSignInAt: sql`now()` })
    .where(and(eq(users.id, userId), eq(users.sessionVersion, sessionVersion), eq(users.disabled, false)))
    .returning({ id: users.id, email: users.email, name: users.name, sessionVersion: users.sessionVersion });
  return user ?? null;
}

/** A new session row that ends `lifetimeSeconds` from now at the latest; its id. Rows of this person that ended a day ago go. */
export async function insertSession(db: Executor, userId: string, lifetimeSeconds: number): Promise<string> {
  await db.delete(userSessions).where(and(eq(userSessions.userId, userId), lt(userSessions.expiresAt, sql`now() - interval '1 day'`)));
  const [session] = await db
    .insert(userSessions)
    .values({ userId, expiresAt: sql`now() + make_interval(secs => ${lifetimeSeconds})` })
    .returning({ id: userSessions.id });
  return session!.id;
}

export async function revokeSession(db: Executor, sessionId: string): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

/** Ends every session row of a person and raises the session version, so a token still in flight counts for nothing. */
export async function revokeAllSessions(db: Executor, userId: string): Promise<void> {
  await db
    .update(userSessions)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

/** Whether the session row is open and the account active with the same session version. */
export async function sessionIsValid(db: Executor, claims: { userId: string; sessionVersion: number; sessionId: string }): Promise<boolean> {
  const { rows } = await db.execute(sql`
    SELECT 1 FROM user_sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = ${claims.sessionId} AND u.id = ${claims.userId} AND s.revoked_at IS NULL AND s.expires_at > now()
      AND u.disabled = false AND u.session_version = ${claims.sessionVersion}`);
  return rows.length > 0;
}

/** The Kommune a browser session works in. */
export async function setActiveOrganisation(db: Executor, userId: string, sessionId: string, organisationId: string): Promise<void> {
  await db
    .update(userSessions)
    .set({ activeOrganisationId: organisationId })
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId)));
}
