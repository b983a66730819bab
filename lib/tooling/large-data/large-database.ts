/**
 * The national-scale database for benchmarks: its own database `kurzcheck_large`
 * (never the developer's), on the embedded benchmark server (.data/pg-bench)
 * or beside the database of DATABASE_URL.
 */
import path from "node:path";
import { count } from "drizzle-orm";
import { createPool, dbFor } from "../../../db/index";
import { dropDatabase, ensureDatabase } from "../../../db/embedded";
import { generateLargeDataSet } from "./generate";
import { migrateDatabase } from "../../../db/migrate";
import { answers, checks, organisations, reviewComments, users } from "../../../db/schema";
import { DEFAULT_DEMO_PASSWORD, seedIfEmpty } from "../../../db/seed";
import { hashPassword } from "../../auth/password";
import { provideServer, type ProvidedServer } from "../../operations/database";
import { DATA_DIR } from "../../operations/processes";

export const LARGE_DATABASE = "kurzcheck_large";
/** Every generated account (demo accounts included) signs in with this password. */
export const LARGE_PASSWORD = process.env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;

export async function largeDatabaseServer(): Promise<{ server: ProvidedServer; url: string }> {
  const server = await provideServer({ dataDir: path.join(DATA_DIR, "pg-bench"), port: Number(process.env.EMBEDDED_BENCH_PG_PORT ?? 54349) });
  await ensureDatabase(server.adminUrl, LARGE_DATABASE);
  return { server, url: server.urlFor(LARGE_DATABASE) };
}

/** (Re)creates the national-scale database from empty; returns the seconds loading took and the row counts. */
export async function loadLargeDatabase(server: ProvidedServer, url: string) {
  await dropDatabase(server.adminUrl, LARGE_DATABASE);
  await ensureDatabase(server.adminUrl, LARGE_DATABASE);
  await migrateDatabase(url);
  const pool = createPool(url, { max: 1, statement_timeout: 600_000, query_timeout: 600_000 });
  try {
    const db = dbFor(pool);
    await seedIfEmpty(db); // the demo accounts, so benchmarks can sign in as usual
    const started = performance.now();
    await generateLargeDataSet(db, await hashPassword(LARGE_PASSWORD));
    const seconds = (performance.now() - started) / 1000;
    const tally = async (table: typeof users | typeof organisations | typeof checks | typeof answers | typeof reviewComments) =>
      (await db.select({ n: count() }).from(table))[0]!.n;
    return {
      seconds,
      organisations: await tally(organisations),
      users: await tally(users),
      checks: await tally(checks),
      answers: await tally(answers),
      comments: await tally(reviewComments),
    };
  } finally {
    await pool.end();
  }
}
