/**
 * Browser sessions: one row per sign-in, referenced by the session cookie.
 * Ending a row ends that browser's session at its next request, wherever the
 * cookie has been copied to; ending all rows (and raising the session
 * version) ends every session of a person.
 */
import type { Executor } from "@/db";
import { insertSession, markSignedIn, revokeAllSessions, revokeSession, sessionIsValid, setActiveOrganisation } from "@/db/queries/sessions";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { ABSOLUTE_TIMEOUT_SECONDS } from "@/lib/auth/session-timeouts";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { audit } from "@/db/queries/audit";

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
    const user = await markSignedIn(tx, userId, sessionVersion);
    if (!user) return null;
    const sessionId = await insertSession(tx, userId, ABSOLUTE_TIMEOUT_SECONDS);
    await audit(tx, { actorId: userId, action: "auth.signed_in", entityType: "user", entityId: userId, data: { address } });
    return { sessionId, user };
  });
}

/** Records that a person signs out (the session row itself ends in Auth.js's sign-out event, {@link endSession}). */
export async function recordSignOut(db: Executor, user: CurrentUser): Promise<void> {
  await audit(db, { actorId: user.id, action: "auth.signed_out", entityType: "user", entityId: user.id });
}

/** Ends one session (sign-out). Unknown or already ended ids change nothing. */
export async function endSession(db: Executor, sessionId: string | null | undefined): Promise<void> {
  if (!sessionId || !isUuid(sessionId)) return;
  await revokeSession(db, sessionId);
}

/** Ends every session of a person: their rows and, through the session version, any token still in flight. */
export async function endAllSessions(db: Executor, userId: string): Promise<void> {
  await revokeAllSessions(db, userId);
}

/**
 * Whether a session token still counts: its session row is open and the
 * account active with the same session version. Auth.js asks this before it
 * answers /api/auth/session or refreshes a cookie.
 */
export async function sessionStillValid(db: Executor, claims: { userId: string; sessionVersion: number; sessionId: string }): Promise<boolean> {
  if (!isUuid(claims.userId) || !isUuid(claims.sessionId)) return false;
  return sessionIsValid(db, claims);
}

/**
 * Which Kommune this browser session works in, for a person in several:
 * every page, action and export of /kommune then uses it. Only a Kommune the
 * person belongs to can be chosen; any other id is "not found".
 */
export async function chooseActiveOrganisation(db: Executor, user: CurrentUser, organisationId: string): Promise<void> {
  if (!user.sessionId || !user.memberships.some((m) => m.organisationId === organisationId)) throw new AppError("not_found");
  await setActiveOrganisation(db, user.id, user.sessionId, organisationId);
  await audit(db, { actorId: user.id, action: "session.kommune_chosen", entityType: "user", entityId: user.id, organisationId });
}
