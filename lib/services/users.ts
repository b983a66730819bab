/**
 * Administration of accounts: roles, deactivation, invitations to the
 * platform roles. Raising the session version ends the user's sessions, so a
 * change takes effect at once.
 */
import type { Database } from "@/db";
import type { PlatformRole } from "@/db/schema";
import { openStaffInvitations } from "@/db/queries/invitations";
import { findUserByEmail, findUserRole, listUsersPage, setPlatformRole, setUserDisabled as setDisabled, type UserFilter } from "@/db/queries/users";
import { assertCan } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { AppError } from "@/lib/errors";
import { audit } from "@/db/queries/audit";
import { createInvitation } from "./invitations";

export type { UserFilter };

/** One page of accounts for /admin (admins only). */
export async function listUsers(db: Database, actor: CurrentUser, filter: UserFilter) {
  assertCan(actor, "users.manage");
  return listUsersPage(db, filter);
}

function refuseSelf(actor: CurrentUser, userId: string) {
  if (actor.id === userId) {
    throw new AppError("forbidden", "Ihr eigenes Konto können Sie hier nicht ändern; das verhindert, dass sich die Administration aussperrt.");
  }
}

/** Changes a platform role; false when the person already had it. An unknown id is "not found", never a success. */
export async function changePlatformRole(db: Database, actor: CurrentUser, userId: string, role: PlatformRole): Promise<boolean> {
  assertCan(actor, "users.manage");
  refuseSelf(actor, userId);
  return db.transaction(async (tx) => {
    const current = await findUserRole(tx, userId, "update");
    if (current === null) throw new AppError("not_found", "Dieses Konto wurde nicht gefunden.");
    if (current === role) return false;
    await setPlatformRole(tx, userId, role);
    await audit(tx, { actorId: actor.id, action: "user.role_changed", entityType: "user", entityId: userId, data: { role } });
    return true;
  });
}

export async function setUserDisabled(db: Database, actor: CurrentUser, userId: string, disabled: boolean) {
  assertCan(actor, "users.manage");
  refuseSelf(actor, userId);
  await db.transaction(async (tx) => {
    if (!(await setDisabled(tx, userId, disabled))) throw new AppError("not_found", "Dieses Konto gibt es nicht (mehr).");
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
  assertCan(actor, "users.manage");
  if (await findUserByEmail(db, email)) {
    throw new AppError("conflict", "Für diese Adresse gibt es schon ein Konto. Ändern Sie dort die Rolle.", {
      fieldErrors: { email: ["Für diese Adresse gibt es schon ein Konto. Ändern Sie dort die Rolle."] },
    });
  }
  await createInvitation(db, actor, { email, platformRole: role });
}

/** Open invitations into the platform roles (admins only). */
export async function pendingStaffInvitations(db: Database, actor: CurrentUser) {
  assertCan(actor, "users.manage");
  return openStaffInvitations(db);
}
