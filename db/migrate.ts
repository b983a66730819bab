/**
 * Applies the committed drizzle-kit migrations; its own step, never part of
 * `next build`. All pending migrations run in one transaction (drizzle's
 * migrator), one instance at a time (an advisory lock), and never on a
 * database whose schema is newer than this code: an older release started
 * by mistake after an upgrade must stop, not write into tables it does not
 * know.
 */
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { PoolClient } from "pg";
import { createPool } from "./index";

/** Beside this file; in the release bundle, where its banner says (KURZCHECK_MIGRATIONS). */
export const MIGRATIONS_FOLDER = process.env.KURZCHECK_MIGRATIONS ?? path.resolve(import.meta.dirname, "migrations");
/** Any fixed number: every instance that migrates takes the same lock. */
const MIGRATION_LOCK = 4_711_2026;

interface Journal {
  entries: { idx: number; when: number; tag: string }[];
}

export function readJournal(folder = MIGRATIONS_FOLDER): Journal {
  return JSON.parse(readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as Journal;
}

/** Refuses a database that has migrations this code does not know (applied by a newer release). */
async function refuseNewerSchema(client: PoolClient, folder: string): Promise<void> {
  const { rows: table } = await client.query("SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present");
  if (!table[0]?.present) return;
  const { rows } = await client.query<{ applied: number; newest: string | null }>(
    "SELECT count(*)::int AS applied, max(created_at)::text AS newest FROM drizzle.__drizzle_migrations",
  );
  const known = readJournal(folder).entries;
  const newestKnown = Math.max(...known.map((entry) => entry.when));
  const { applied, newest } = rows[0]!;
  if (applied > known.length || (newest !== null && Number(newest) > newestKnown)) {
    throw new Error(
      `Die Datenbank hat ein neueres Schema als dieser Programmstand (${applied} Migrationen angewendet, dieser Stand kennt ${known.length}; ` +
        `neueste vom ${new Date(Number(newest)).toISOString()}). Starten Sie die neuere Version oder spielen Sie eine passende Sicherung ein. ` +
        `/ The database schema is newer than this release; refusing to start.`,
    );
  }
}

export async function migrateDatabase(connectionString: string, folder = MIGRATIONS_FOLDER): Promise<void> {
  const pool = createPool(connectionString, { max: 1 });
  const client = await pool.connect();
  try {
    // Lock, check and the migrator's transaction on one connection: the lock ends with it at the latest.
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await refuseNewerSchema(client, folder);
    await migrate(drizzle(client), { migrationsFolder: folder });
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]);
  } finally {
    client.release();
    await pool.end();
  }
}
