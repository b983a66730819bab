/** `npm run db:generate-large`: (re)creates the national-scale benchmark database and reports how long loading took. */
import { count } from "drizzle-orm";
import { createPool, dbFor } from "../../db/index";
import { dropDatabase, ensureDatabase } from "../../db/embedded";
import { generateLargeDataSet } from "../../db/generate-large";
import { migrateDatabase } from "../../db/migrate";
import { answers, checks, organisations, reviewComments, users } from "../../db/schema";
import { seedIfEmpty } from "../../db/seed";
import { hashPassword } from "../auth/password";
import { LARGE_DATABASE, largeDatabaseServer } from "./large-database";

const { server, url } = await largeDatabaseServer();
try {
  // Always from empty: drop what an earlier run left, then create it anew.
  await dropDatabase(server.adminUrl, LARGE_DATABASE);
  await ensureDatabase(server.adminUrl, LARGE_DATABASE);
  await migrateDatabase(url);
  const pool = createPool(url, { max: 1, statement_timeout: 600_000, query_timeout: 600_000 });
  const db = dbFor(pool);
  await seedIfEmpty(db); // the demo accounts, so benchmarks can sign in as usual
  const started = performance.now();
  await generateLargeDataSet(db, await hashPassword(process.env.DEMO_PASSWORD || "Demo!Kurzcheck2026"));
  const seconds = (performance.now() - started) / 1000;
  const tally = async (table: typeof users | typeof organisations | typeof checks | typeof answers | typeof reviewComments) => (await db.select({ n: count() }).from(table))[0]!.n;
  console.log(`Geladen in ${seconds.toFixed(1)} s in die Datenbank ${LARGE_DATABASE}:`);
  console.log(`  ${await tally(organisations)} Kommunen, ${await tally(users)} Konten, ${await tally(checks)} Kurz-Checks, ${await tally(answers)} Antworten, ${await tally(reviewComments)} Kommentare`);
  await pool.end();
} finally {
  await server.stop();
}
