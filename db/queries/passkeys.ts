/** Passkeys and WebAuthn challenges (lib/services/passkeys.ts says who may do what). Every change names the person it belongs to. */
import { and, asc, eq, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { passkeys, webauthnChallenges } from "@/db/schema";
import { isUuid } from "@/lib/ids";

export type ChallengePurpose = "registration" | "sign_in" | "confirmation";

export interface PasskeyRow {
  id: string;
  userId: string;
  credentialId: string;
  publicKey: string;
  counter: number;
  transports: string[];
  deviceType: string;
  backedUp: boolean;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

/** Stores a fresh challenge, dropping expired ones on the way (the table stays a handful of rows). */
export async function storeChallenge(db: Executor, challenge: string, purpose: ChallengePurpose, userId: string | null): Promise<void> {
  await db.delete(webauthnChallenges).where(lt(webauthnChallenges.expiresAt, sql`now()`));
  await db.insert(webauthnChallenges).values({ challenge, purpose, userId });
}

/** Takes a challenge once: true only for an unexpired one of this purpose (and person); afterwards it is gone. */
export async function consumeChallenge(db: Executor, challenge: string, purpose: ChallengePurpose, userId: string | null): Promise<boolean> {
  const taken = await db
    .delete(webauthnChallenges)
    .where(
      and(
        eq(webauthnChallenges.challenge, challenge),
        eq(webauthnChallenges.purpose, purpose),
        userId === null ? sql`${webauthnChallenges.userId} IS NULL` : eq(webauthnChallenges.userId, userId),
      ),
    )
    .returning({ expiresAt: webauthnChallenges.expiresAt, fresh: sql<boolean>`${webauthnChallenges.expiresAt} > now()` });
  return taken.length === 1 && taken[0]!.fresh;
}

export async function listPasskeys(db: Executor, userId: string): Promise<PasskeyRow[]> {
  return db.select().from(passkeys).where(eq(passkeys.userId, userId)).orderBy(asc(passkeys.createdAt));
}

export async function findPasskeyByCredential(db: Executor, credentialId: string): Promise<PasskeyRow | null> {
  if (!credentialId || credentialId.length > 1400) return null;
  const [row] = await db.select().from(passkeys).where(eq(passkeys.credentialId, credentialId));
  return row ?? null;
}

export async function findPasskey(db: Executor, userId: string, id: string): Promise<PasskeyRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select()
    .from(passkeys)
    .where(and(eq(passkeys.userId, userId), eq(passkeys.id, id)));
  return row ?? null;
}

/** A new passkey, or null when the credential is already registered (to this or another person). */
export async function insertPasskey(db: Executor, passkey: Omit<PasskeyRow, "id" | "createdAt" | "lastUsedAt">): Promise<{ id: string } | null> {
  const [row] = await db.insert(passkeys).values(passkey).onConflictDoNothing().returning({ id: passkeys.id });
  return row ?? null;
}

/**
 * After a sign-in: the authenticator's counter and backup state, and when it
 * was used. Only a counter that went up is taken (or 0 from an authenticator
 * that keeps none), so of two racing assertions of a cloned authenticator
 * only one counts; false for the other.
 */
export async function recordPasskeyUse(db: Executor, id: string, use: { counter: number; deviceType: string; backedUp: boolean }): Promise<boolean> {
  const updated = await db
    .update(passkeys)
    .set({ counter: use.counter, deviceType: use.deviceType, backedUp: use.backedUp, lastUsedAt: sql`now()` })
    .where(and(eq(passkeys.id, id), sql`(${passkeys.counter} < ${use.counter} OR ${use.counter} = 0)`))
    .returning({ id: passkeys.id });
  return updated.length === 1;
}

/** Every passkey of a person (an admin's reset of the second factor). */
export async function deleteAllPasskeys(db: Executor, userId: string): Promise<number> {
  return (await db.delete(passkeys).where(eq(passkeys.userId, userId)).returning({ id: passkeys.id })).length;
}

export async function renamePasskeyRow(db: Executor, userId: string, id: string, name: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const renamed = await db
    .update(passkeys)
    .set({ name })
    .where(and(eq(passkeys.userId, userId), eq(passkeys.id, id)))
    .returning({ id: passkeys.id });
  return renamed.length === 1;
}

export async function deletePasskeyRow(db: Executor, userId: string, id: string): Promise<{ name: string } | null> {
  if (!isUuid(id)) return null;
  const [deleted] = await db
    .delete(passkeys)
    .where(and(eq(passkeys.userId, userId), eq(passkeys.id, id)))
    .returning({ name: passkeys.name });
  return deleted ?? null;
}

export async function countPasskeys(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(passkeys)
    .where(eq(passkeys.userId, userId));
  return row?.n ?? 0;
}
