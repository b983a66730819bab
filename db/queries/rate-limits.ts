/**
 * Fixed-window counters in rate_limit_buckets, shared by every app instance
 * (lib/auth/rate-limit.ts holds the limits and what they mean).
 */
import { inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { rateLimitBuckets } from "@/db/schema";

/** The counters of `keys` with the minutes left in each window (of `windowMinutes`); keys without a counter are left out. */
export async function readBuckets(db: Executor, keys: readonly string[], windowMinutes: number) {
  const rows = await db
    .select({
      key: rateLimitBuckets.key,
      count: rateLimitBuckets.count,
      minutesLeft: sql<string>`ceil(extract(epoch from (${rateLimitBuckets.windowStartedAt} + make_interval(mins => ${windowMinutes}) - now())) / 60)`,
    })
    .from(rateLimitBuckets)
    .where(inArray(rateLimitBuckets.key, [...keys]));
  return rows.map((row) => ({ key: row.key, count: row.count, minutesLeft: Number(row.minutesLeft) }));
}

/**
 * Counts one event on each key in a single statement; a key whose window has
 * ended starts a new one. Each key's count and the minutes left in its window (at least 1).
 */
export async function countEvent(db: Executor, keys: readonly string[], windowMinutes: number): Promise<Map<string, { count: number; minutesLeft: number }>> {
  const { rows } = await db.execute<{ key: string; count: number; minutes_left: string }>(sql`
    INSERT INTO rate_limit_buckets (key, count, window_started_at)
    VALUES ${sql.join(
      keys.map((key) => sql`(${key}, 1, now())`),
      sql`, `,
    )}
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN rate_limit_buckets.window_started_at + make_interval(mins => ${windowMinutes}) <= now()
                   THEN 1 ELSE rate_limit_buckets.count + 1 END,
      window_started_at = CASE WHEN rate_limit_buckets.window_started_at + make_interval(mins => ${windowMinutes}) <= now()
                   THEN now() ELSE rate_limit_buckets.window_started_at END
    RETURNING key, count, ceil(extract(epoch from (window_started_at + make_interval(mins => ${windowMinutes}) - now())) / 60) AS minutes_left`);
  return new Map(rows.map((row) => [row.key, { count: row.count, minutesLeft: Math.max(1, Number(row.minutes_left)) }]));
}

export async function deleteBuckets(db: Executor, keys: readonly string[]): Promise<void> {
  await db.delete(rateLimitBuckets).where(inArray(rateLimitBuckets.key, [...keys]));
}

/** Removes counters whose window of `windowMinutes` has ended. */
export async function deleteEndedBuckets(db: Executor, windowMinutes: number): Promise<void> {
  await db.execute(sql`DELETE FROM rate_limit_buckets WHERE window_started_at + make_interval(mins => ${windowMinutes}) <= now()`);
}
