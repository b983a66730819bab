/**
 * Where the CLI gets its PostgreSQL from: the server of DATABASE_URL when set,
 * otherwise an embedded one under .data/.
 */
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../db/embedded";

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
