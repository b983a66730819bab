/**
 * A person's own account: name, email (re-authenticated), password, export
 * of their data and deletion. The Kommune's checks belong to the Kommune and
 * stay when a person leaves.
 */
import type { Database } from "@/db";
import { audit, auditEntriesOfActor } from "@/db/queries/audit";
import { invitationsSentBy } from "@/db/queries/invitations";
import { insertOneTimeToken, retireOneTimeTokens } from "@/db/queries/one-time-tokens";
import { countOwners } from "@/db/queries/team";
import { accountForExport, deleteUser, findCredentials, findUserByEmail, listMemberships, sessionVersionOf, updateUser } from "@/db/queries/users";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { blockedFor, clearAccount, REAUTH_FAILURES_PER_ACCOUNT, recordLimitedFailure } from "@/lib/auth/rate-limit";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { sendMail } from "@/lib/email/mailer";
import { confirmEmailMail } from "@/lib/email/templates";
import { AppError } from "@/lib/errors";
import { EMAIL_CONFIRMATION_VALIDITY_MS } from "./accounts";
import { endAllSessions } from "./browser-sessions";
import { listPasskeys } from "@/db/queries/passkeys";

const WRONG_PASSWORD = "Das aktuelle Passwort stimmt nicht.";
export const REAUTH_LOCKED_MESSAGE =
  "Das aktuelle Passwort wurde zu oft falsch eingegeben. Zu Ihrem Schutz sind Sie jetzt überall abgemeldet. Bitte melden Sie sich erneut an; falls Sie das Passwort nicht mehr wissen, setzen Sie es zurück.";

const reauthKey = (userId: string) => `reauth:account:${userId}`;

/**
 * Re-checks the password before a sensitive change. Failures count per
 * account like sign-in's: at the limit every session of the person ends
 * (someone holding a stolen session must not guess on), and further
 * attempts are refused until the window has passed.
 */
export async function verifyCurrentPassword(db: Database, user: CurrentUser, password: string): Promise<void> {
  if ((await blockedFor(db, reauthKey(user.id), REAUTH_FAILURES_PER_ACCOUNT)) > 0) {
    await endAllSessions(db, user.id);
    throw new AppError("unauthenticated", REAUTH_LOCKED_MESSAGE);
  }
  const credentials = await findCredentials(db, user.email);
  if (credentials && (await verifyPassword(credentials.passwordHash, password))) {
    await clearAccount(db, reauthKey(user.id));
    return;
  }
  await audit(db, { actorId: user.id, action: "auth.reauthentication_failed", entityType: "user", entityId: user.id });
  if (await recordLimitedFailure(db, reauthKey(user.id), REAUTH_FAILURES_PER_ACCOUNT)) {
    await endAllSessions(db, user.id);
    throw new AppError("unauthenticated", REAUTH_LOCKED_MESSAGE);
  }
  throw new AppError("invalid", WRONG_PASSWORD, { fieldErrors: { currentPassword: [WRONG_PASSWORD] } });
}

export async function updateName(db: Database, user: CurrentUser, name: string): Promise<void> {
  await db.transaction(async (tx) => {
    await updateUser(tx, user.id, { name });
    await audit(tx, { actorId: user.id, action: "user.name_changed", entityType: "user", entityId: user.id });
  });
}

/** Changes the sign-in address after re-checking the password; the new address must be confirmed again. */
export async function changeEmail(db: Database, user: CurrentUser, currentPassword: string, email: string): Promise<void> {
  await verifyCurrentPassword(db, user, currentPassword);
  if (email === user.email) return;
  if (await findUserByEmail(db, email)) {
    const message = "Diese E-Mail-Adresse kann nicht verwendet werden.";
    throw new AppError("conflict", message, { fieldErrors: { email: [message] } });
  }
  const token = generateToken();
  await db.transaction(async (tx) => {
    await updateUser(tx, user.id, { email, emailConfirmedAt: null });
    // Links sent to the old address must not confirm the new one.
    await retireOneTimeTokens(tx, user.id, "email_confirmation");
    await insertOneTimeToken(tx, {
      userId: user.id,
      purpose: "email_confirmation",
      email,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + EMAIL_CONFIRMATION_VALIDITY_MS),
    });
    await audit(tx, { actorId: user.id, action: "user.email_changed", entityType: "user", entityId: user.id, data: { from: user.email, to: email } });
  });
  await sendMail(confirmEmailMail(email, user.name, token));
}

/**
 * Sets a new password and ends every session of the person, this one
 * included; returns the new session version for the caller to open a fresh one.
 */
export async function changePassword(db: Database, user: CurrentUser, currentPassword: string, password: string): Promise<number> {
  await verifyCurrentPassword(db, user, currentPassword);
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    await updateUser(tx, user.id, { passwordHash });
    await endAllSessions(tx, user.id);
    await audit(tx, { actorId: user.id, action: "user.password_changed", entityType: "user", entityId: user.id });
    return (await sessionVersionOf(tx, user.id))!;
  });
}

/** "Alle Sitzungen abmelden": every browser of the person is signed out, this one too. */
export async function signOutEverywhere(db: Database, user: CurrentUser): Promise<void> {
  await db.transaction(async (tx) => {
    await endAllSessions(tx, user.id);
    await audit(tx, { actorId: user.id, action: "auth.signed_out_everywhere", entityType: "user", entityId: user.id });
  });
}

/** Everything the portal keeps about the person (never the password hash), as one JSON document. */
export async function exportOwnData(db: Database, user: CurrentUser) {
  const [account, memberOf, activity, invited, keys] = await Promise.all([
    accountForExport(db, user.id),
    listMemberships(db, user.id),
    auditEntriesOfActor(db, user.id),
    invitationsSentBy(db, user.id),
    listPasskeys(db, user.id),
  ]);
  await audit(db, { actorId: user.id, action: "user.data_exported", entityType: "user", entityId: user.id });
  // Passkeys by name and use; the public keys are the authenticators' data, not the person's, and stay out.
  const passkeys = keys.map((key) => ({ name: key.name, createdAt: key.createdAt, lastUsedAt: key.lastUsedAt, synced: key.deviceType === "multiDevice" }));
  return { exportedAt: new Date().toISOString(), account, memberships: memberOf, invitationsSent: invited, passkeys, activity };
}

export const LAST_OWNER_DELETE_MESSAGE =
  "Sie sind die einzige verantwortliche Person Ihrer Kommune. Bitte ernennen Sie zuerst im Team eine andere Person zur Verantwortlichen, bevor Sie Ihr Konto löschen.";

/** Deletes the account after re-checking the password; a last owner must hand over first. */
export async function deleteAccount(db: Database, user: CurrentUser, currentPassword: string): Promise<void> {
  await verifyCurrentPassword(db, user, currentPassword);
  for (const membership of user.memberships) {
    if (membership.role === "owner" && (await countOwners(db, membership.organisationId)) <= 1) {
      throw new AppError("conflict", LAST_OWNER_DELETE_MESSAGE);
    }
  }
  await db.transaction(async (tx) => {
    for (const membership of user.memberships) {
      await audit(tx, { actorId: user.id, action: "membership.left", entityType: "user", entityId: user.id, organisationId: membership.organisationId });
    }
    await audit(tx, { actorId: user.id, action: "user.deleted", entityType: "user", entityId: user.id });
    await deleteUser(tx, user.id);
  });
}

/** The weekly digest of due measures: on by default, switchable off (and on again) by the person. */
export async function setMeasureReminders(db: Database, user: CurrentUser, enabled: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    await updateUser(tx, user.id, { measureReminders: enabled });
    await audit(tx, { actorId: user.id, action: enabled ? "user.reminders_on" : "user.reminders_off", entityType: "user", entityId: user.id });
  });
}
