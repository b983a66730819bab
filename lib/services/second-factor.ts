/**
 * The second factor (TOTP, RFC 6238) and its recovery codes: set-up confirmed
 * by a first code, verification at sign-in with its own throttle and without
 * replay, reset by an admin, switched off by a Kommune member who chose it.
 * Secrets are stored sealed (lib/auth/secret-box.ts); only this module opens them.
 */
import { randomInt } from "node:crypto";
import type { Database } from "@/db";
import {
  acceptTotpStep,
  allStoredSecrets,
  clearSecondFactor,
  countUnusedRecoveryCodes,
  enableSecondFactor,
  replaceRecoveryCodes,
  resealStoredSecret,
  setPendingSecret,
  storedSecret,
  spendRecoveryCode,
} from "@/db/queries/second-factor";
import { findUserContact, findUserWithMemberships } from "@/db/queries/users";
import { deleteAllPasskeys } from "@/db/queries/passkeys";
import { assertCan } from "@/lib/auth/permissions";
import { STAFF_ROLES, type CurrentUser } from "@/lib/auth/signed-in-user";
import { blockedFor, clearAccount, recordLimitedFailure, SECOND_FACTOR_FAILURES_PER_ACCOUNT } from "@/lib/auth/rate-limit";
import { hashToken } from "@/lib/auth/tokens";
import { openSecret, sealSecret } from "@/lib/auth/secret-box";
import { matchTotpStep, newTotpSecret } from "@/lib/auth/totp";
import { sendMail } from "@/lib/email/mailer";
import { secondFactorResetMail } from "@/lib/email/templates";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/log";
import { audit } from "@/db/queries/audit";
import { endAllSessions } from "./browser-sessions";

export const RECOVERY_CODE_COUNT = 10;
/** Letters and digits that cannot be mistaken for one another when typed from paper. */
const RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

/** Codes are compared without case, spaces or dashes: people type them as they like. */
function normaliseRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

const secondFactorKey = (userId: string) => `2fa:account:${userId}`;

// ---- set-up -----------------------------------------------------------------------

/** Starts (or restarts) set-up: a new secret that counts only once a first code confirms it. */
export async function beginSecondFactorSetup(db: Database, user: CurrentUser): Promise<void> {
  if (user.secondFactorEnabled) throw new AppError("conflict", "Die Anmeldung mit zweitem Faktor ist bereits eingerichtet.");
  await setPendingSecret(db, user.id, sealSecret(newTotpSecret()));
}

/** Opens a stored secret; a sealed one that no secret of the portal opens is logged, since its owner only sees "wrong code". */
function opened(stored: string | null | undefined, userId: string) {
  if (!stored) return null;
  const result = openSecret(stored);
  if (!result) logger().warn({ userId }, "Zweiter Faktor nicht lesbar: versiegelt mit einem anderen AUTH_SECRET (AUTH_SECRET_PREVIOUS fehlt?)");
  return result;
}

/** The secret being set up, as stored and opened; null when no set-up is under way or it cannot be opened. */
async function pendingSecret(db: Database, userId: string): Promise<{ stored: string; plain: string; stale: boolean } | null> {
  const stored = await storedSecret(db, userId, "pending");
  const secret = opened(stored, userId);
  return secret ? { stored: stored!, ...secret } : null;
}

/** The secret being set up, for the QR code and the typed form on /konto/zwei-faktor. */
export async function pendingSecondFactorSecret(db: Database, userId: string): Promise<string | null> {
  return (await pendingSecret(db, userId))?.plain ?? null;
}

const WRONG_SETUP_CODE = "Der Code passt nicht. Bitte geben Sie den aktuellen sechsstelligen Code aus Ihrer App ein.";

/**
 * Confirms set-up with a first code; returns the recovery codes, which exist
 * in plain text only in this answer (the database keeps their hashes).
 */
export async function confirmSecondFactorSetup(db: Database, user: CurrentUser, code: string): Promise<string[]> {
  const pending = await pendingSecret(db, user.id);
  if (!pending) throw new AppError("conflict", "Bitte beginnen Sie die Einrichtung neu.");
  const step = matchTotpStep(pending.plain, code.replace(/\s/g, ""));
  if (step === null) throw new AppError("invalid", WRONG_SETUP_CODE, { fieldErrors: { code: [WRONG_SETUP_CODE] } });
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.transaction(async (tx) => {
    const enabled = await enableSecondFactor(tx, user.id, pending.stored, pending.stale ? sealSecret(pending.plain) : pending.stored, step);
    if (!enabled) throw new AppError("conflict", "Bitte beginnen Sie die Einrichtung neu.");
    await replaceRecoveryCodes(
      tx,
      user.id,
      codes.map((plain) => hashToken(normaliseRecoveryCode(plain))),
    );
    await audit(tx, { actorId: user.id, action: "user.second_factor_enabled", entityType: "user", entityId: user.id });
  });
  return codes;
}

// ---- sign-in ----------------------------------------------------------------------

export type SecondFactorResult =
  { ok: true; usedRecoveryCode: boolean } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; minutes: number };

/**
 * A TOTP code counts once: the accepted step must be newer than the last
 * accepted one (atomic). A secret stored plain (from before sealing) or
 * sealed with a previous AUTH_SECRET is sealed anew in the same update.
 */
async function acceptTotp(db: Database, userId: string, code: string): Promise<boolean> {
  const stored = await storedSecret(db, userId, "enabled");
  const secret = opened(stored, userId);
  if (!secret) return false;
  const step = matchTotpStep(secret.plain, code);
  if (step === null) return false;
  // Sealed anew only if the row still holds what was read (an admin's reset in between stays a reset).
  return acceptTotpStep(db, userId, step, secret.stale ? { expected: stored!, sealed: sealSecret(secret.plain) } : undefined);
}

async function acceptRecoveryCode(db: Database, userId: string, code: string): Promise<boolean> {
  const normalised = normaliseRecoveryCode(code);
  if (normalised.length !== 10) return false;
  return spendRecoveryCode(db, userId, hashToken(normalised));
}

/**
 * Checks the code of the second step: a current TOTP code or an unused
 * recovery code. Five failures per account in 15 minutes block the step
 * (separately from the password's counter); every attempt is audited.
 */
export async function verifySecondFactor(db: Database, userId: string, rawCode: string, address: string): Promise<SecondFactorResult> {
  const minutes = await blockedFor(db, secondFactorKey(userId), SECOND_FACTOR_FAILURES_PER_ACCOUNT);
  if (minutes > 0) return { ok: false, reason: "throttled", minutes };
  const code = rawCode.replace(/\s/g, "");
  const viaTotp = /^\d{6}$/.test(code) && (await acceptTotp(db, userId, code));
  const viaRecovery = !viaTotp && (await acceptRecoveryCode(db, userId, code));
  if (!viaTotp && !viaRecovery) {
    await recordLimitedFailure(db, secondFactorKey(userId), SECOND_FACTOR_FAILURES_PER_ACCOUNT);
    await audit(db, { actorId: userId, action: "auth.second_factor_failed", entityType: "user", entityId: userId, data: { address } });
    return { ok: false, reason: "invalid" };
  }
  await clearAccount(db, secondFactorKey(userId));
  if (viaRecovery) await audit(db, { actorId: userId, action: "auth.recovery_code_used", entityType: "user", entityId: userId, data: { address } });
  return { ok: true, usedRecoveryCode: viaRecovery };
}

export async function unusedRecoveryCodes(db: Database, userId: string): Promise<number> {
  return countUnusedRecoveryCodes(db, userId);
}

// ---- switching off ----------------------------------------------------------------

/** A Kommune member switches their optional second factor off (staff cannot: for them it is required). */
export async function disableOwnSecondFactor(db: Database, user: CurrentUser): Promise<void> {
  if (STAFF_ROLES.includes(user.role)) {
    throw new AppError("forbidden", "Für Konten der Beratung und Administration ist der zweite Faktor vorgeschrieben.");
  }
  await db.transaction(async (tx) => {
    await clearSecondFactor(tx, user.id);
    await audit(tx, { actorId: user.id, action: "user.second_factor_disabled", entityType: "user", entityId: user.id });
  });
}

/**
 * An admin resets someone's second factor (lost phone): it is cleared, every
 * session of the person ends, the person is told by mail; they set it up
 * again at their next sign-in.
 */
export async function resetSecondFactor(db: Database, admin: CurrentUser, userId: string): Promise<void> {
  assertCan(admin, "users.manage");
  if (admin.id === userId) throw new AppError("forbidden", "Ihren eigenen zweiten Faktor setzen Sie nicht hier zurück, sondern in Ihrem Konto.");
  const person = await db.transaction(async (tx) => {
    const row = await findUserContact(tx, userId);
    if (!row) throw new AppError("not_found", "Dieses Konto wurde nicht gefunden.");
    await clearSecondFactor(tx, userId);
    // Passkeys are second factors too (for staff, instead of the app): a reset takes them as well.
    const passkeysRemoved = await deleteAllPasskeys(tx, userId);
    await endAllSessions(tx, userId);
    await audit(tx, { actorId: admin.id, action: "user.second_factor_reset", entityType: "user", entityId: userId, data: { passkeysRemoved } });
    return row;
  });
  await sendMail(secondFactorResetMail(person.email, person.name));
}

// ---- sealing at rest ----------------------------------------------------------------

/**
 * Seals every stored second-factor secret (set up or being set up) that is
 * still plain, from before sealing, or sealed with AUTH_SECRET_PREVIOUS; run
 * by the job queue every hour, so a deploy or a change of the secret leaves
 * no plain or old-key secret behind for long. A row changed meanwhile is left
 * to the next run.
 */
export async function sealStoredSecrets(db: Database): Promise<Record<string, number>> {
  const rows = await allStoredSecrets(db);
  let secretsSealed = 0;
  let secretsUnreadable = 0;
  for (const row of rows) {
    const columns = [
      ["totpSecret", row.secret],
      ["totpPendingSecret", row.pending],
    ] as const;
    for (const [column, stored] of columns) {
      if (!stored) continue;
      const secret = opened(stored, row.id);
      if (!secret) secretsUnreadable++;
      if (!secret?.stale) continue;
      if (await resealStoredSecret(db, row.id, column, stored, sealSecret(secret.plain))) secretsSealed++;
    }
  }
  return { secretsSealed, secretsUnreadable };
}

/** Which second factors a person waiting at the second sign-in step can use: a code (TOTP or recovery), a passkey, or both. */
export async function secondFactorChoices(db: Database, userId: string): Promise<{ code: boolean; passkey: boolean }> {
  const found = await findUserWithMemberships(db, userId);
  return { code: found?.user.totpEnabledAt != null, passkey: Boolean(found?.user.hasPasskey) };
}
