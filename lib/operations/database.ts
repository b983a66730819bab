/**
 * Where the CLI gets its PostgreSQL from: the server of DATABASE_URL when set,
 * otherwise an embedded one under .data/.
 */
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedDatabase } from "../../db/embedded";
import { DATA_DIR } from "./processes";

/** The demo's database on the embedded server. */
export const EMBEDDED_DATABASE = "kurzcheck";

export interface ProvidedServer {
  /** Connection string for `database` on this server. */
  urlFor(database: string): string;
  /** Connection string of a database for maintenance (create/drop). */
  adminUrl: string;
  embedded: EmbeddedDatabase | null;
  stop(): Promise<void>;
}

export function replaceDatabase(connectionString: string, database: string): string {
  const url = new URL(connectionString);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function provideServer(options: { dataDir: string; port: number }): Promise<ProvidedServer> {
  const external = process.env.DATABASE_URL;
  if (external) {
    return {
      urlFor: (database) => replaceDatabase(external, database),
      adminUrl: external,
      embedded: null,
      stop: async () => {},
    };
  }
  const embedded = await startEmbeddedPostgres(options);
  return { urlFor: embedded.urlFor, adminUrl: embedded.adminUrl, embedded, stop: () => embedded.stop() };
}

/**
 * The portal's own database: DATABASE_URL when set, otherwise database
 * "kurzcheck" on the embedded server under .data/pg (created when missing).
 * Used by `npm start`, backup and restore alike.
 */
export async function provideAppDatabase(): Promise<{ server: ProvidedServer; databaseUrl: string }> {
  const server = await provideServer({ dataDir: path.join(DATA_DIR, "pg"), port: Number(process.env.EMBEDDED_PG_PORT ?? 54329) });
  if (!server.embedded) return { server, databaseUrl: process.env.DATABASE_URL! };
  await ensureDatabase(server.adminUrl, EMBEDDED_DATABASE);
  return { server, databaseUrl: server.urlFor(EMBEDDED_DATABASE) };
}
