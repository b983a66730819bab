/** Cross-Kommune queries for the advisors' workspace; callers must have checked the advisor role. */
import { count } from "drizzle-orm";
import type { Executor } from "@/db";
import { checks, type CheckStatus } from "@/db/schema";

export async function countChecksByStatus(db: Executor): Promise<Partial<Record<CheckStatus, number>>> {
  const rows = await db.select({ status: checks.status, n: count() }).from(checks).groupBy(checks.status);
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}
