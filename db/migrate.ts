/** Applies the committed drizzle-kit migrations; its own step, never part of `next build`. */
import { migrate } from "drizzle-orm/node-postgres/migrator";
import path from "node:path";
import { createPool, dbFor } from "./index";

export const MIGRATIONS_FOLDER = path.resolve(import.meta.dirname, "migrations");

export async function migrateDatabase(connectionString: string): Promise<void> {
  const pool = createPool(connectionString, { max: 1 });
  try {
    await migrate(dbFor(pool), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await pool.end();
  }
}
