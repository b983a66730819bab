/**
 * Passkeys (WebAuthn, on @simplewebauthn/server): add one to the account,
 * sign in with it alone (discoverable credentials, user verification
 * required), confirm a sign-in step or a removal with it. Challenges live in
 * PostgreSQL for two minutes and are taken once, so any app instance can
 * finish what another began. The relying party is the portal's address:
 * SITE_URL, or in the demo the address the request came in on.
 *
 * Every refusal is a German message and an audit entry, never a 500; every
 * change is audited and mailed to the person.
 */
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import type { Database, Executor } from "@/db";
import { audit } from "@/db/queries/audit";
import {
  consumeChallenge,
  countPasskeys,
  deletePasskeyRow,
  findPasskeyByCredential,
  insertPasskey,
  listPasskeys,
  recordPasskeyUse,
  renamePasskeyRow,
  storeChallenge,
  type ChallengePurpose,
  type PasskeyRow,
} from "@/db/queries/passkeys";
import { findUserContact, findUserRole, findUserWithMemberships } from "@/db/queries/users";
import { withinLimit } from "@/lib/auth/rate-limit";
import { STAFF_ROLES, type CurrentUser } from "@/lib/auth/signed-in-user";
import { sendMail } from "@/lib/email/mailer";
import { passkeyChangedMail } from "@/lib/email/templates";
import { AppError } from "@/lib/errors";
import { siteUrl } from "@/lib/site";
import { verifyCurrentPassword } from "./profile";

const RP_NAME = "Kurz-Check Integration";
/** Options requested by one address per minute: every view of the sign-in page asks once (the browser's autofill), so this leaves room for an office behind one address and still stops a flood of challenges. */
const OPTIONS_PER_MINUTE = { max: 120, windowMinutes: 1 };

export const PASSKEY_REFUSED = "Der Passkey wurde nicht angenommen. Bitte versuchen Sie es noch einmal oder melden Sie sich mit Ihrem Passwort an.";
const EXPIRED = "Die Anfrage ist abgelaufen oder wurde schon verwendet. Bitte versuchen Sie es noch einmal.";

/** The relying party: the portal's host name and origin. */
export function relyingParty(): { id: string; origin: string } {
  const url = new URL(siteUrl());
  return { id: url.hostname, origin: url.origin };
}

export interface PasskeySummary {
  id: string;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  /** Synced between devices (e.g. by a password manager) rather than bound to one. */
  synced: boolean;
}

export async function passkeysOf(db: Database, user: CurrentUser): Promise<PasskeySummary[]> {
  return (await listPasskeys(db, user.id)).map((row) => ({
    id: row.id,
    name: row.name,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    synced: row.deviceType === "multiDevice",
  }));
}

async function throttleOptions(db: Database, address: string): Promise<void> {
  const admitted = await withinLimit(db, `passkey-options:${address}`, OPTIONS_PER_MINUTE);
  if (!admitted.allowed) throw new AppError("rate_limited", "Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es dann noch einmal.");
}

/** The challenge a response carries (the library checks it again against ours). */
function challengeTaker(db: Executor, purpose: ChallengePurpose, userId: string | null) {
  return (challenge: string) => consumeChallenge(db, challenge, purpose, userId);
}

/** Why the library refused, for the audit log; the person reads only the German message. */
function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 200) : "unknown";
}

const credentialOf = (row: PasskeyRow) => ({
  id: row.credentialId,
  publicKey: Buffer.from(row.publicKey, "base64url"),
  counter: row.counter,
  transports: row.transports as AuthenticatorTransport[],
});

// ---- adding ---------------------------------------------------------------------------------

/**
 * Options to add a passkey, after the current password: a passkey signs in on
 * its own and outlives a password reset, so a borrowed session must not add
 * one. Only these options carry a registration challenge, so the addition
 * itself is bound to the password having been given.
 */
export async function registrationOptions(
  db: Database,
  user: CurrentUser,
  address: string,
  currentPassword: string,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  await throttleOptions(db, address);
  await verifyCurrentPassword(db, user, currentPassword);
  const rp = relyingParty();
  const existing = await listPasskeys(db, user.id);
  const options = await generateRegistrationOptions({
    rpName: RP_NAME,
    rpID: rp.id,
    userName: user.email,
    userDisplayName: user.name,
    userID: new TextEncoder().encode(user.id),
    attestationType: "none",
    excludeCredentials: existing.map((row) => ({ id: row.credentialId, transports: row.transports as AuthenticatorTransport[] })),
    authenticatorSelection: { residentKey: "required", userVerification: "required" },
  });
  await storeChallenge(db, options.challenge, "registration", user.id);
  return options;
}

/** "Passkey hinzufügen": the authenticator's answer, checked against this person's open challenge (issued only after the password). */
export async function addPasskey(db: Database, user: CurrentUser, name: string, response: RegistrationResponseJSON): Promise<void> {
  const rp = relyingParty();
  let verified;
  try {
    verified = await verifyRegistrationResponse({
      response,
      expectedChallenge: challengeTaker(db, "registration", user.id),
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      requireUserVerification: true,
    });
  } catch (error) {
    await audit(db, { actorId: user.id, action: "passkey.refused", entityType: "user", entityId: user.id, data: { step: "add", reason: reasonOf(error) } });
    throw new AppError("invalid", "Der Passkey konnte nicht angelegt werden. Bitte versuchen Sie es noch einmal.");
  }
  if (!verified.verified) throw new AppError("invalid", "Der Passkey konnte nicht angelegt werden. Bitte versuchen Sie es noch einmal.");
  const { credential, credentialDeviceType, credentialBackedUp } = verified.registrationInfo;
  await db.transaction(async (tx) => {
    const created = await insertPasskey(tx, {
      userId: user.id,
      credentialId: credential.id,
      publicKey: Buffer.from(credential.publicKey).toString("base64url"),
      counter: credential.counter,
      transports: credential.transports ?? [],
      deviceType: credentialDeviceType,
      backedUp: credentialBackedUp,
      name,
    });
    if (!created) throw new AppError("conflict", "Dieser Passkey ist bereits angelegt.");
    await audit(tx, { actorId: user.id, action: "passkey.added", entityType: "passkey", entityId: created.id, data: { name } });
  });
  await notify(db, user.id, "added", name);
}

async function notify(db: Database, userId: string, change: "added" | "renamed" | "removed", passkeyName: string): Promise<void> {
  const contact = await findUserContact(db, userId);
  if (contact) await sendMail(passkeyChangedMail(contact.email, contact.name, change, passkeyName));
}

// ---- signing in ------------------------------------------------------------------------------

/** Options for "Mit Passkey anmelden" (and the browser's autofill): any passkey of this site, no person named. */
export async function signInOptions(db: Database, address: string): Promise<PublicKeyCredentialRequestOptionsJSON> {
  await throttleOptions(db, address);
  const options = await generateAuthenticationOptions({ rpID: relyingParty().id, userVerification: "required" });
  await storeChallenge(db, options.challenge, "sign_in", null);
  return options;
}

/**
 * Checks an authenticator's answer: a known passkey, our unused challenge,
 * the signature, user verification and a counter that went up. On success
 * the passkey's counter, backup state and last use are recorded.
 */
async function verifyAssertion(
  db: Database,
  response: AuthenticationResponseJSON,
  purpose: ChallengePurpose,
  expectedUserId: string | null,
  address: string,
): Promise<PasskeyRow> {
  const refuse = async (reason: string, userId: string | null) => {
    await audit(db, { actorId: userId, action: "passkey.refused", entityType: "user", entityId: userId, data: { step: purpose, reason, address } });
    return new AppError("invalid", reason === "challenge" ? EXPIRED : PASSKEY_REFUSED);
  };
  const passkey = await findPasskeyByCredential(db, typeof response?.id === "string" ? response.id : "");
  if (!passkey) throw await refuse("unknown credential", null);
  if (expectedUserId !== null && passkey.userId !== expectedUserId) throw await refuse("credential of another person", expectedUserId);
  // The authenticator names the account it holds the passkey for; it must be the passkey's owner.
  const handle: unknown = response.response?.userHandle;
  if (handle !== undefined && (typeof handle !== "string" || Buffer.from(handle, "base64url").toString("utf8") !== passkey.userId)) {
    throw await refuse("user handle of another person", passkey.userId);
  }
  const rp = relyingParty();
  let challengeValid = false;
  let result;
  try {
    result = await verifyAuthenticationResponse({
      response,
      expectedChallenge: async (challenge) => (challengeValid = await consumeChallenge(db, challenge, purpose, expectedUserId)),
      expectedOrigin: rp.origin,
      expectedRPID: rp.id,
      credential: credentialOf(passkey),
      requireUserVerification: true,
    });
  } catch (error) {
    throw await refuse(challengeValid ? reasonOf(error) : "challenge", passkey.userId);
  }
  if (!result.verified) throw await refuse("not verified", passkey.userId);
  const info = result.authenticationInfo;
  if (!(await recordPasskeyUse(db, passkey.id, { counter: info.newCounter, deviceType: info.credentialDeviceType, backedUp: info.credentialBackedUp }))) {
    throw await refuse("counter did not go up (a second, parallel use)", passkey.userId);
  }
  return passkey;
}

/** "Mit Passkey anmelden": the person the passkey belongs to, if their account may sign in. */
export async function signInWithPasskey(
  db: Database,
  response: AuthenticationResponseJSON,
  address: string,
): Promise<{ userId: string; sessionVersion: number }> {
  // Every answer costs a signature check and, when refused, an audit entry: limited like the options.
  await throttleOptions(db, address);
  const passkey = await verifyAssertion(db, response, "sign_in", null, address);
  const found = await findUserWithMemberships(db, passkey.userId);
  if (!found || found.user.disabled) {
    await audit(db, { actorId: passkey.userId, action: "auth.sign_in_refused_disabled", entityType: "user", entityId: passkey.userId });
    throw new AppError("forbidden", "Dieses Konto ist deaktiviert. Bitte wenden Sie sich an das Team von NIKO.");
  }
  await audit(db, { actorId: passkey.userId, action: "auth.passkey_signed_in", entityType: "passkey", entityId: passkey.id, data: { address } });
  return { userId: passkey.userId, sessionVersion: found.user.sessionVersion };
}

// ---- confirming (second sign-in step, removal) --------------------------------------------

/** Options for a person to confirm with one of their own passkeys. */
export async function confirmationOptions(db: Database, userId: string, address: string): Promise<PublicKeyCredentialRequestOptionsJSON> {
  await throttleOptions(db, address);
  const own = await listPasskeys(db, userId);
  if (!own.length) throw new AppError("invalid", "Für dieses Konto ist kein Passkey angelegt.");
  const options = await generateAuthenticationOptions({
    rpID: relyingParty().id,
    userVerification: "required",
    allowCredentials: own.map((row) => ({ id: row.credentialId, transports: row.transports })),
  });
  await storeChallenge(db, options.challenge, "confirmation", userId);
  return options;
}

/** A person's confirmation with one of their passkeys (a staff member's second sign-in step, a removal). */
export async function confirmWithPasskey(db: Database, userId: string, response: AuthenticationResponseJSON, address: string): Promise<PasskeyRow> {
  const passkey = await verifyAssertion(db, response, "confirmation", userId, address);
  await audit(db, { actorId: userId, action: "passkey.confirmed", entityType: "passkey", entityId: passkey.id, data: { address } });
  return passkey;
}

// ---- renaming and removing ---------------------------------------------------------------------

export async function renamePasskey(db: Database, user: CurrentUser, id: string, name: string): Promise<void> {
  const renamed = await db.transaction(async (tx) => {
    if (!(await renamePasskeyRow(tx, user.id, id, name))) return false;
    await audit(tx, { actorId: user.id, action: "passkey.renamed", entityType: "passkey", entityId: id, data: { name } });
    return true;
  });
  if (!renamed) throw new AppError("not_found", "Diesen Passkey gibt es in Ihrem Konto nicht.");
  await notify(db, user.id, "renamed", name);
}

/**
 * Removes a passkey once the person has confirmed: with the current password,
 * or with another of their passkeys (never the one being removed).
 */
export async function removePasskey(
  db: Database,
  user: CurrentUser,
  id: string,
  confirmation: { password: string } | { passkey: AuthenticationResponseJSON; address: string },
): Promise<void> {
  const own = await listPasskeys(db, user.id);
  const target = own.find((row) => row.id === id);
  if (!target) throw new AppError("not_found", "Diesen Passkey gibt es in Ihrem Konto nicht.");
  if ("password" in confirmation) await verifyCurrentPassword(db, user, confirmation.password);
  else {
    const used = await confirmWithPasskey(db, user.id, confirmation.passkey, confirmation.address);
    if (used.id === id) throw new AppError("invalid", "Bitte bestätigen Sie mit einem anderen Passkey oder mit Ihrem Passwort.");
  }
  await db.transaction(async (tx) => {
    // Locked: two removals at once must not both see "another passkey remains".
    await findUserRole(tx, user.id, "update");
    const deleted = await deletePasskeyRow(tx, user.id, id);
    if (!deleted) throw new AppError("not_found", "Diesen Passkey gibt es in Ihrem Konto nicht.");
    if (STAFF_ROLES.includes(user.role) && !user.secondFactorEnabled && (await countPasskeys(tx, user.id)) === 0) {
      throw new AppError(
        "forbidden",
        "Für die Beratung und die Administration ist ein zweiter Faktor vorgeschrieben. Legen Sie zuerst einen weiteren Passkey an oder richten Sie die Authenticator-App ein; dann können Sie diesen entfernen.",
      );
    }
    await audit(tx, { actorId: user.id, action: "passkey.removed", entityType: "passkey", entityId: id, data: { name: deleted.name } });
  });
  await notify(db, user.id, "removed", target.name);
}
