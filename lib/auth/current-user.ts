/**
 * The signed-in user, re-read from the database once per request: a role
 * change, a password change (session version) or a deactivation takes
 * effect on the very next request, whatever the JWT still says.
 */
import { cache } from "react";
import { getDb } from "@/db";
import type { MembershipRole, PlatformRole } from "@/db/schema";
import { findUserById, listMemberships } from "@/db/queries/users";
import { auth } from "./auth";

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

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  const db = getDb();
  // Both reads at once on two pooled connections: this runs on every signed-in request.
  const [user, memberships] = await Promise.all([findUserById(db, userId), listMemberships(db, userId)]);
  if (!user || user.disabled || user.sessionVersion !== session.sessionVersion) return null;
  return {
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
});
