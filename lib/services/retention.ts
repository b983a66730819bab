/**
 * Data minimisation (DSGVO Art. 5 (1) c, e), run daily by the job queue:
 * unconfirmed registrations go after RETENTION.unconfirmedRegistrationDays,
 * used or expired links, invitations and sessions after a grace week, old
 * throttle counters at once, and audit entries older than two years lose
 * every reference to a person. `now` is a parameter so the test can move
 * the clock.
 */
import type { Database } from "@/db";
import { purgeExpiredData } from "@/db/queries/retention";
import { RETENTION } from "@/lib/retention";

export async function applyRetention(db: Database, now: Date): Promise<Record<string, number>> {
  return db.transaction((tx) => purgeExpiredData(tx, now, RETENTION));
}
