/**
 * The deletions of the retention job (lib/services/retention.ts says why and
 * when), in one transaction's worth of statements.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "@/db";

export interface RetentionPeriods {
  unconfirmedRegistrationDays: number;
  expiredLinkDays: number;
  rateLimitHours: number;
  auditPseudonymiseYears: number;
  jobRunDays: number;
}

/** Keys of audit data that name or locate a person. */
const PERSONAL_AUDIT_KEYS = ["email", "oldEmail", "newEmail", "address", "name", "label"];

async function affected(db: Executor, statement: ReturnType<typeof sql>): Promise<number> {
  const result = await db.execute(statement);
  return result.rowCount ?? 0;
}

/** Deletes and pseudonymises what the periods allow as of `now`; the number of rows per kind. */
export async function purgeExpiredData(tx: Executor, now: Date, periods: RetentionPeriods): Promise<Record<string, number>> {
  const at = now.toISOString();
  const linkCutoff = sql`${at}::timestamptz - make_interval(days => ${periods.expiredLinkDays})`;
  const registrationsDeleted = await affected(
    tx,
    sql`DELETE FROM users WHERE email_confirmed_at IS NULL AND role = 'member'
        AND created_at < ${at}::timestamptz - make_interval(days => ${periods.unconfirmedRegistrationDays})`,
  );
  // A Kommune registered by such a person, never verified and now without anyone in it.
  const kommunenDeleted = await affected(
    tx,
    sql`DELETE FROM organisations o WHERE NOT o.verified
        AND o.created_at < ${at}::timestamptz - make_interval(days => ${periods.unconfirmedRegistrationDays})
        AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.organisation_id = o.id)`,
  );
  const linksDeleted = await affected(tx, sql`DELETE FROM one_time_tokens WHERE expires_at < ${linkCutoff} OR used_at < ${linkCutoff}`);
  const invitationsDeleted = await affected(
    tx,
    sql`DELETE FROM invitations WHERE (accepted_at IS NULL AND expires_at < ${linkCutoff}) OR accepted_at < ${linkCutoff}`,
  );
  const sessionsDeleted = await affected(tx, sql`DELETE FROM user_sessions WHERE expires_at < ${linkCutoff} OR revoked_at < ${linkCutoff}`);
  const throttleCountersDeleted = await affected(
    tx,
    sql`DELETE FROM rate_limit_buckets WHERE window_started_at < ${at}::timestamptz - make_interval(hours => ${periods.rateLimitHours})`,
  );
  const auditEntriesPseudonymised = await affected(
    tx,
    sql`UPDATE audit_log
        SET actor_id = NULL,
            entity_id = CASE WHEN entity_type = 'user' THEN NULL ELSE entity_id END,
            data = (data - ${sql.raw(`ARRAY[${PERSONAL_AUDIT_KEYS.map((key) => `'${key}'`).join(", ")}]`)}) || '{"pseudonymisiert": true}'::jsonb
        WHERE created_at < ${at}::timestamptz - make_interval(years => ${periods.auditPseudonymiseYears})
          AND NOT (data ? 'pseudonymisiert')`,
  );
  const jobRunsDeleted = await affected(tx, sql`DELETE FROM job_runs WHERE started_at < ${at}::timestamptz - make_interval(days => ${periods.jobRunDays})`);
  return {
    registrationsDeleted,
    kommunenDeleted,
    linksDeleted,
    invitationsDeleted,
    sessionsDeleted,
    throttleCountersDeleted,
    auditEntriesPseudonymised,
    jobRunsDeleted,
  };
}
