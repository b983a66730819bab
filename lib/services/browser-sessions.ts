/**
 * Browser sessions: one row per sign-in, referenced by the session cookie.
 * Ending a row ends that browser's session at its next request, wherever the
 * cookie has been copied to; ending all rows (and raising the session
 * version) ends every session of a person.
 */
import { and, eq, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { userSessions, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { ABSOLUTE_TIMEOUT_SECONDS } from "@/lib/auth/session-timeouts";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { audit } from "./audit";

export interface StartedSession {
  sessionId: string;
  user: { id: string; email: string; name: string; sessionVersion: number };
}

/**
 * Opens a session for a person who passed every factor, if the account is
 * still active and its session version unchanged since the password check.
 */
export async function startSession(db: Executor, userId: string, sessionVersion: number, address: string): Promise<StartedSession | null> {
  return db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ lastSignInAt: sql`now()` })
      .where(and(eq(users.id, userId), eq(users.sessionVersion, sessionVersion), eq(users.disabled, false)))
      .returning({ id: users.id, email: users.email, name: users.name, sessionVersion: users.sessionVersion });
    if (!user) return null;
    // Sessions of this person that ended a day ago or more are of no use to anyone.
    await tx.delete(userSessions).where(and(eq(userSessions.userId, userId), lt(userSessions.expiresAt, sql`now() - interval '1 day'`)));
    const [session] = await tx
      .insert(userSessions)
      .values({ userId, expiresAt: sql`now() + make_interval(secs => ${ABSOLUTE_TIMEOUT_SECONDS})` })
      .returning({ id: userSessions.id });
    await audit(tx, { actorId: userId, action: "auth.signed_in", entityType: "user", entityId: userId, data: { address } });
    return { sessionId: session!.id, user };
  });
}

/** Ends one session (sign-out). Unknown or already ended ids change nothing. */
export async function endSession(db: Executor, sessionId: string | null | undefined): Promise<void> {
  if (!sessionId || !isUuid(sessionId)) return;
  await db.update(userSessions).set({ revokedAt: sql`now()` }).where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt)));
}

/** Ends every session of a person: their rows and, through the session version, any token still in flight. */
export async function endAllSessions(db: Executor, userId: string): Promise<void> {
  await db.update(userSessions).set({ revokedAt: sql`now()` }).where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt)));
  await db.update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` }).where(eq(users.id, userId));
}

/**
 * Whether a session token still counts: its session row is open and the
 * account active with the same session version. Auth.js asks this before it
 * answers /api/auth/session or refreshes a cookie.
 */
export async function sessionStillValid(db: Executor, claims: { userId: string; sessionVersion: number; sessionId: string }): Promise<boolean> {
  if (!isUuid(claims.userId) || !isUuid(claims.sessionId)) return false;
  const { rows } = await db.execute(sql`
    SELECT 1 FROM user_sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = ${claims.sessionId} AND u.id = ${claims.userId} AND s.revoked_at IS NULL AND s.expires_at > now()
      AND u.disabled = false AND u.session_version = ${claims.sessionVersion}`);
  return rows.length > 0;
}

/**
 * Which Kommune this browser session works in, for a person in several:
 * every page, action and export of /kommune then uses it. Only a Kommune the
 * person belongs to can be chosen; any other id is "not found".
 */
export async function chooseActiveOrganisation(db: Executor, user: CurrentUser, organisationId: string): Promise<void> {
  if (!user.sessionId || !user.memberships.some((m) => m.organisationId === organisationId)) throw new AppError("not_found");
  await db
    .update(userSessions)
    .set({ activeOrganisationId: organisationId })
    .where(and(eq(userSessions.id, user.sessionId), eq(userSessions.userId, user.id)));
  await audit(db, { actorId: user.id, action: "session.kommune_chosen", entityType: "user", entityId: user.id, organisationId });
}
