/**
 * The signed-in user, re-read from the database once per request: a role
 * change, a password change (session version) or a deactivation takes
 * effect on the very next request, whatever the JWT still says.
 */
import { cache } from "react";
import { getDb, type Executor } from "@/db";
import type { MembershipRole, PlatformRole } from "@/db/schema";
import { findUserWithMemberships } from "@/db/queries/users";
import { readSession } from "./session";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: PlatformRole;
  emailConfirmed: boolean;
  memberships: {
    organisationId: string;
    role: MembershipRole;
    organisationName: string;
    verified: boolean;
  }[];
}

/**
 * A user as the guards see them, with what decides whether their session
 * still counts; null for an unknown id. One statement for user and
 * memberships: this runs on every signed-in request (and in test fixtures).
 */
export async function loadCurrentUser(db: Executor, userId: string) {
  const found = await findUserWithMemberships(db, userId);
  if (!found) return null;
  const { user, memberships } = found;
  const current: CurrentUser = {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    emailConfirmed: user.emailConfirmedAt !== null,
    memberships: memberships.map((m) => ({
      organisationId: m.organisationId,
      role: m.role,
      organisationName: m.organisationName,
      verified: m.verified,
    })),
  };
  return { current, disabled: user.disabled, sessionVersion: user.sessionVersion };
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  if (!session) return null;
  const loaded = await loadCurrentUser(getDb(), session.userId);
  if (!loaded || loaded.disabled || loaded.sessionVersion !== session.sessionVersion) return null;
  return loaded.current;
});
