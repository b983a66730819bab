/** Helpers for integration tests: a pool on the per-run test database. */
import { createPool, dbFor } from "@/db";

export function testPool() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL fehlt: bitte `npm test` verwenden.");
  return createPool(url, { max: 2 });
}

export { dbFor };
