/**
 * The password step of sign-in: throttling (fail closed), password
 * verification with equal cost for unknown addresses, and the audit trail of
 * every attempt. A session is opened only after every factor (sessions.ts).
 */
import type { Database } from "@/db";
import { findCredentials } from "@/db/queries/users";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { logger } from "@/lib/log";
import { metrics } from "@/lib/portal-server/metrics";
import { clearAccount, pruneExpired, recordFailure, signInKeys, throttledFor } from "@/lib/auth/rate-limit";
import { audit } from "@/db/queries/audit";
import { STAFF_ROLES } from "@/lib/auth/signed-in-user";

export type SignInResult =
  | {
      ok: true;
      user: { id: string; email: string; name: string; role: string; sessionVersion: number };
      /** True when the account has a second factor (TOTP; for staff also a passkey): it must follow before a session opens. */
      needsSecondFactor: boolean;
    }
  | { ok: false; reason: "invalid" | "disabled" | "unavailable" }
  | { ok: false; reason: "throttled"; minutes: number };

let dummyHash: Promise<string> | undefined;
/** A real argon2id hash to verify against when the address is unknown, so both cases cost the same. */
function timingDummy(): Promise<string> {
  dummyHash ??= hashPassword("kein-echtes-passwort-nur-fuer-gleiche-laufzeit");
  return dummyHash;
}

export async function authenticate(db: Database, rawEmail: string, password: string, address: string): Promise<SignInResult> {
  const email = rawEmail.trim().toLowerCase();
  const keys = signInKeys(email, address);
  let minutes: number;
  try {
    minutes = await throttledFor(db, keys);
  } catch (error) {
    logger().error({ err: error }, "rate limiter unavailable, refusing sign-in");
    return { ok: false, reason: "unavailable" };
  }
  if (minutes > 0) {
    metrics().signInThrottled.inc();
    return { ok: false, reason: "throttled", minutes };
  }

  const user = await findCredentials(db, email);
  const valid = await verifyPassword(user?.passwordHash ?? (await timingDummy()), password);

  if (!user || !valid) {
    metrics().signInFailures.inc();
    await recordFailure(db, keys);
    await pruneExpired(db);
    await audit(db, {
      actorId: user?.id ?? null,
      action: "auth.sign_in_failed",
      entityType: "user",
      entityId: user?.id ?? null,
      data: { email, address },
    });
    return { ok: false, reason: "invalid" };
  }
  if (user.disabled) {
    await audit(db, { actorId: user.id, action: "auth.sign_in_refused_disabled", entityType: "user", entityId: user.id });
    return { ok: false, reason: "disabled" };
  }

  await audit(db, { actorId: user.id, action: "auth.password_accepted", entityType: "user", entityId: user.id, data: { address } });
  await clearAccount(db, keys.account);
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
    needsSecondFactor: user.totpEnabledAt !== null || (STAFF_ROLES.includes(user.role) && user.hasPasskey),
  };
}
