/**
 * The national-scale database for benchmarks: its own database `kurzcheck_large`
 * (never the developer's), on the embedded benchmark server (.data/pg-bench)
 * or beside the database of DATABASE_URL.
 */
import path from "node:path";
import { ensureDatabase } from "../../db/embedded";
import { provideServer, type ProvidedServer } from "./database";
import { DATA_DIR } from "./processes";

export const LARGE_DATABASE = "kurzcheck_large";

export async function largeDatabaseServer(): Promise<{ server: ProvidedServer; url: string }> {
  const server = await provideServer({ dataDir: path.join(DATA_DIR, "pg-bench"), port: Number(process.env.EMBEDDED_BENCH_PG_PORT ?? 54349) });
  await ensureDatabase(server.adminUrl, LARGE_DATABASE);
  return { server, url: server.urlFor(LARGE_DATABASE) };
}
