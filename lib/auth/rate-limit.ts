/**
 * Fixed-window counters for failed sign-ins, kept in PostgreSQL so every app
 * instance sees the same counts. If the store cannot be read the caller must
 * refuse (fail closed): `isThrottled` throws and never answers "free".
 */
import { inArray, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { rateLimitBuckets } from "@/db/schema";

export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 10;
export const MAX_FAILURES_PER_ADDRESS = 30;

export function signInKeys(email: string, address: string) {
  return { account: `signin:account:${email.toLowerCase()}`, address: `signin:address:${address}` };
}

/** Minutes until the current window of `key` ends, or 0 when the key is not throttled. */
export async function throttledFor(db: Database, keys: { account: string; address: string }): Promise<number> {
  const rows = await db
    .select({
      key: rateLimitBuckets.key,
      count: rateLimitBuckets.count,
      minutesLeft: sql<number>`ceil(extract(epoch from (${rateLimitBuckets.windowStartedAt} + make_interval(mins => ${SIGN_IN_WINDOW_MINUTES}) - now())) / 60)`,
    })
    .from(rateLimitBuckets)
    .where(inArray(rateLimitBuckets.key, [keys.account, keys.address]));
  let minutes = 0;
  for (const row of rows) {
    const limit = row.key === keys.account ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS;
    const left = Number(row.minutesLeft);
    if (left > 0 && row.count >= limit) minutes = Math.max(minutes, left);
  }
  return minutes;
}

/** Counts one failure on each key; a key whose window has ended starts a new window. */
export async function recordFailure(db: Database, keys: { account: string; address: string }): Promise<void> {
  await db.execute(sql`
    INSERT INTO rate_limit_buckets (key, count, window_started_at)
    VALUES (${keys.account}, 1, now()), (${keys.address}, 1, now())
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_buckets.window_started_at + make_interval(mins => ${SIGN_IN_WINDOW_MINUTES}) <= now()
                   THEN 1 ELSE rate_limit_buckets.count + 1 END,
      window_started_at = CASE WHEN rate_limit_buckets.window_started_at + make_interval(mins => ${SIGN_IN_WINDOW_MINUTES}) <= now()
                   THEN now() ELSE rate_limit_buckets.window_started_at END`);
}

/** A successful sign-in clears the account's counter (not the address's). */
export async function clearAccount(db: Database, accountKey: string): Promise<void> {
  await db.delete(rateLimitBuckets).where(inArray(rateLimitBuckets.key, [accountKey]));
}

/** Removes windows that ended; called after each recorded failure so the table stays small. */
export async function pruneExpired(db: Database): Promise<void> {
  await db.execute(
    sql`DELETE FROM rate_limit_buckets WHERE window_started_at + make_interval(mins => ${SIGN_IN_WINDOW_MINUTES}) <= now()`,
  );
}
