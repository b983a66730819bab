/**
 * Did the portal touch the database during a run? Every backend of the
 * benchmark's database except the benchmark's own connections (marked by
 * application_name) is checked for a statement started after a point in time.
 */
import type { Pool } from "pg";

export const BENCH_APPLICATION_NAME = "kurzcheck-bench";

export async function databaseClock(pool: Pool): Promise<Date> {
  return (await pool.query<{ now: Date }>("SELECT clock_timestamp() AS now")).rows[0]!.now;
}

/** Connections of the app that started a statement after `since`. */
export async function appStatementsSince(pool: Pool, since: Date): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_stat_activity
     WHERE datname = current_database() AND backend_type = 'client backend'
       AND application_name <> $1 AND query_start > $2`,
    [BENCH_APPLICATION_NAME, since],
  );
  return rows[0]!.n;
}
