/** One-time links (password reset, e-mail confirmation): stored by the hash of their token, used once. */
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { oneTimeTokens } from "@/db/schema";

export type TokenPurpose = "password_reset" | "email_confirmation";

export interface NewOneTimeToken {
  userId: string;
  purpose: TokenPurpose;
  /** The address a confirmation link confirms. */
  email?: string;
  tokenHash: string;
  expiresAt: Date;
}

export async function insertOneTimeToken(db: Executor, token: NewOneTimeToken): Promise<void> {
  await db.insert(oneTimeTokens).values(token);
}

const open = (tokenHash: string, purpose: TokenPurpose) =>
  and(eq(oneTimeTokens.tokenHash, tokenHash), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt), gt(oneTimeTokens.expiresAt, sql`now()`));

/** Uses an unused, unexpired token: whom it is for (and the address a confirmation link confirms); null otherwise. */
export async function consumeOneTimeToken(db: Executor, tokenHash: string, purpose: TokenPurpose) {
  const [row] = await db
    .update(oneTimeTokens)
    .set({ usedAt: sql`now()` })
    .where(open(tokenHash, purpose))
    .returning({ userId: oneTimeTokens.userId, email: oneTimeTokens.email });
  return row ?? null;
}

/** Whether a token can still be used, without using it. */
export async function oneTimeTokenIsOpen(db: Executor, tokenHash: string, purpose: TokenPurpose): Promise<boolean> {
  const [row] = await db.select({ id: oneTimeTokens.id }).from(oneTimeTokens).where(open(tokenHash, purpose));
  return row !== undefined;
}

/** Marks every unused token of a purpose used: links to an old address must not confirm a new one. */
export async function retireOneTimeTokens(db: Executor, userId: string, purpose: TokenPurpose): Promise<void> {
  await db
    .update(oneTimeTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(oneTimeTokens.userId, userId), eq(oneTimeTokens.purpose, purpose), isNull(oneTimeTokens.usedAt)));
}
