/**
 * Who a session speaks for, re-read from the database on every request: a
 * role change, a password change (session version), a deactivation or a
 * sign-out elsewhere (the session row) takes effect on the very next request,
 * whatever the JWT still says. Free of Next.js, so the portal server's own
 * endpoints use it too; pages use getCurrentUser (current-user.ts).
 */
import { currentRequest, tagWithRequestId } from "@/lib/portal-server/request-context";
import type { Executor } from "@/db";
import type { MembershipRole, PlatformRole } from "@/db/schema";
import { findUserWithMemberships } from "@/db/queries/users";
import type { OrganisationKind } from "@/lib/organisations";
import type { SessionClaims } from "./session-cookie";

/** Roles that must sign in with a second factor (ASVS 6.3): they see every Kommune. */
export const STAFF_ROLES: readonly PlatformRole[] = ["advisor", "admin"];

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: PlatformRole;
  emailConfirmed: boolean;
  secondFactorEnabled: boolean;
  /** Has at least one passkey: for staff it stands in for TOTP as the second factor. */
  hasPasskey: boolean;
  /** Wants the weekly digest of due measures. */
  measureReminders: boolean;
  /** Staff without a second factor may only set it up (or sign out) until they have one. */
  mustSetUpSecondFactor: boolean;
  /** The browser session of this request; null outside a request (fixtures). */
  sessionId: string | null;
  /** Every Kommune of the person; the active one comes first. */
  memberships: {
    organisationId: string;
    role: MembershipRole;
    organisationName: string;
    /** Gemeinde, Markt, …, Landkreis: next steps differ by kind. */
    organisationKind: OrganisationKind;
    verified: boolean;
  }[];
}

/**
 * A user as the guards see them, with what decides whether their session
 * still counts; null for an unknown id. With a `sessionId`, `sessionLive`
 * says whether that session is still open, and its chosen Kommune is put first.
 */
export async function loadCurrentUser(db: Executor, userId: string, sessionId: string | null = null) {
  const found = await findUserWithMemberships(db, userId, sessionId);
  if (!found) return null;
  const { user, session, memberships } = found;
  const chosen = session?.activeOrganisationId;
  const ordered = chosen ? [...memberships].sort((a, b) => Number(b.organisationId === chosen) - Number(a.organisationId === chosen)) : memberships;
  const secondFactorEnabled = user.totpEnabledAt !== null;
  const current: CurrentUser = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailConfirmed: user.emailConfirmedAt !== null,
    secondFactorEnabled,
    hasPasskey: user.hasPasskey,
    measureReminders: user.measureReminders,
    mustSetUpSecondFactor: STAFF_ROLES.includes(user.role) && !secondFactorEnabled && !user.hasPasskey,
    sessionId: session?.id ?? null,
    memberships: ordered.map((m) => ({
      organisationId: m.organisationId,
      role: m.role,
      organisationName: m.organisationName,
      organisationKind: m.organisationKind,
      verified: m.verified,
    })),
  };
  return { current, disabled: user.disabled, sessionVersion: user.sessionVersion, sessionLive: session !== null };
}

/**
 * The user a session speaks for, or null when it no longer counts: the
 * account is deactivated, the browser signed out, or the password changed
 * (session version). Pages reach it through {@link getCurrentUser}; the
 * portal server's autosave endpoint calls it directly.
 */
export async function userForSession(db: Executor, session: SessionClaims): Promise<CurrentUser | null> {
  let loaded;
  try {
    loaded = await loadCurrentUser(db, session.userId, session.sessionId);
  } catch (error) {
    tagWithRequestId(error); // the database is away: the error page shows the id of this request
    throw error;
  }
  if (!loaded || loaded.disabled || !loaded.sessionLive || loaded.sessionVersion !== session.sessionVersion) return null;
  const request = currentRequest();
  if (request) request.userId = loaded.current.id; // for the request's log line
  return loaded.current;
}
