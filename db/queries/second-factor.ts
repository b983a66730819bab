/**
 * The stored second factor of an account: the sealed TOTP secret (set up or
 * being set up), the last accepted time step, the hashed recovery codes.
 * Sealing and checking codes is lib/services/second-factor.ts's work.
 */
import { and, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { recoveryCodes, users } from "@/db/schema";

export async function setPendingSecret(db: Executor, userId: string, sealed: string): Promise<void> {
  await db
    .update(users)
    .set({ totpPendingSecret: sealed, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

/** The stored (sealed) secret being set up, or the one in use. */
export async function storedSecret(db: Executor, userId: string, which: "pending" | "enabled"): Promise<string | null> {
  const [row] = await db
    .select({ stored: which === "pending" ? users.totpPendingSecret : users.totpSecret })
    .from(users)
    .where(eq(users.id, userId));
  return row?.stored ?? null;
}

/**
 * Turns the pending secret into the enabled one, if the row still holds the
 * pending secret that was checked (`expectedPending`); false otherwise.
 */
export async function enableSecondFactor(db: Executor, userId: string, expectedPending: string, secret: string, step: number): Promise<boolean> {
  const [updated] = await db
    .update(users)
    .set({ totpSecret: secret, totpEnabledAt: sql`now()`, totpLastStep: step, totpPendingSecret: null, updatedAt: sql`now()` })
    .where(and(eq(users.id, userId), eq(users.totpPendingSecret, expectedPending)))
    .returning({ id: users.id });
  return updated !== undefined;
}

export async function replaceRecoveryCodes(db: Executor, userId: string, codeHashes: readonly string[]): Promise<void> {
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

/**
 * Records `step` as the last accepted one if it is newer (atomic: a code
 * counts once). With `reseal`, the secret is replaced by its new seal in the
 * same update, but only if the row still holds what was read.
 */
export async function acceptTotpStep(db: Executor, userId: string, step: number, reseal?: { expected: string; sealed: string }): Promise<boolean> {
  const resealed = reseal ? sql`CASE WHEN ${users.totpSecret} = ${reseal.expected} THEN ${reseal.sealed} ELSE ${users.totpSecret} END` : undefined;
  const [accepted] = await db
    .update(users)
    .set({ totpLastStep: step, ...(resealed ? { totpSecret: resealed } : {}) })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return accepted !== undefined;
}

/** Uses a recovery code by its hash; false when unknown or used. */
export async function spendRecoveryCode(db: Executor, userId: string, codeHash: string): Promise<boolean> {
  const [used] = await db
    .update(recoveryCodes)
    .set({ usedAt: sql`now()` })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used !== undefined;
}

export async function countUnusedRecoveryCodes(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/** Removes the second factor: secrets, last step, recovery codes. */
export async function clearSecondFactor(db: Executor, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, totpPendingSecret: null, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

/** Every stored secret, set up or being set up: the sealing job's work list. */
export async function allStoredSecrets(db: Executor) {
  return db
    .select({ id: users.id, secret: users.totpSecret, pending: users.totpPendingSecret })
    .from(users)
    .where(or(isNotNull(users.totpSecret), isNotNull(users.totpPendingSecret)));
}

/** Replaces a stored secret by its new seal if the row still holds `expected`; false when it changed meanwhile. */
export async function resealStoredSecret(
  db: Executor,
  userId: string,
  column: "totpSecret" | "totpPendingSecret",
  expected: string,
  sealed: string,
): Promise<boolean> {
  const [done] = await db
    .update(users)
    .set({ [column]: sealed })
    .where(and(eq(users.id, userId), eq(users[column], expected)))
    .returning({ id: users.id });
  return done !== undefined;
}
