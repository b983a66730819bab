/**
 * The one database client of the app: a pg Pool and its drizzle wrapper,
 * created on first use (so `next build` never needs a database) and kept on
 * globalThis so dev reloads do not open a new pool each time.
 */
import { databaseSettings } from "../lib/config";
import { logger } from "../lib/log";
import { metrics } from "../lib/portal-server/metrics";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { Pool, type PoolConfig } from "pg";
import * as schema from "./schema";

/** drizzle on the app's pool; `$client` is the pool itself, for the few named (prepared) statements of hot paths. */
export type Database = NodePgDatabase<typeof schema> & { $client: Pool };
/** A transaction of {@link Database}; queries accept either, so they compose inside transactions. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type Executor = Database | Transaction;

/** Timeouts so that a dead or stuck database answers within seconds instead of hanging. */
export const POOL_DEFAULTS: PoolConfig = {
  connectionTimeoutMillis: 3_000,
  idleTimeoutMillis: 30_000,
  statement_timeout: 10_000,
  query_timeout: 12_000,
  application_name: "kurz-check",
};

/** A new pool for a connection string; scripts and tests use it, the app uses {@link getPool}. */
export function createPool(connectionString: string, overrides: PoolConfig = {}): Pool {
  const pool = new Pool({ ...POOL_DEFAULTS, connectionString, ...overrides });
  // An idle client that loses its connection must not crash the process.
  pool.on("error", (error) => logger().error({ err: error }, "idle database client lost its connection"));
  return pool;
}

const globalForDb = globalThis as unknown as { kurzcheckPool?: Pool; kurzcheckDb?: Database };

export function getPool(): Pool {
  if (!globalForDb.kurzcheckPool) {
    const { url, poolSize } = databaseSettings();
    globalForDb.kurzcheckPool = createPool(url, { max: poolSize });
    metrics().pool = globalForDb.kurzcheckPool;
  }
  return globalForDb.kurzcheckPool;
}

export function getDb(): Database {
  globalForDb.kurzcheckDb ??= drizzle(getPool(), { schema, casing: "snake_case" });
  return globalForDb.kurzcheckDb;
}

/** drizzle on a given pool, for scripts and integration tests. */
export function dbFor(pool: Pool): Database {
  return drizzle(pool, { schema, casing: "snake_case" });
}
