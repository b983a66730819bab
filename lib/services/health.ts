import type { Pool } from "pg";
import { logger } from "@/lib/log";

export const HEALTH_TIMEOUT_MS = 4_000;

/** True when the database answers a trivial query within {@link HEALTH_TIMEOUT_MS}. */
export async function databaseIsReachable(pool: Pool, timeoutMs = HEALTH_TIMEOUT_MS): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = pool.query("SELECT 1").then(
    () => true,
    (error: unknown) => {
      logger().warn({ err: error }, "database not reachable");
      return false;
    },
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
