/**
 * What the reminder jobs read (lib/services/reminders.ts sends the mails), and
 * the claim that makes each mail go out exactly once across app instances.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { openMeasure, sentNotifications } from "@/db/schema";

/** Claims a notification key; true for the one caller that gets it. */
export async function claimNotification(db: Executor, key: string): Promise<boolean> {
  const rows = await db.insert(sentNotifications).values({ key }).onConflictDoNothing().returning({ key: sentNotifications.key });
  return rows.length === 1;
}

/**
 * Open measures due within seven days of `today` or overdue, one row per
 * person to remind: the responsible member, or the Kommune's owners for a
 * measure assigned to an office. People who switched reminders off, or are
 * deactivated, are left out.
 */
export async function dueMeasureRecipients(db: Executor, today: string) {
  const { rows } = await db.execute<{
    user_id: string;
    email: string;
    name: string;
    measure_id: string;
    title: string;
    due_on: string;
    organisation_name: string;
  }>(sql`
    WITH due AS (
      SELECT m.id, m.title, m.due_on::text AS due_on, m.organisation_id, m.responsible_user_id
      FROM measures m
      WHERE ${openMeasure(sql.raw("m.status"))} AND m.due_on IS NOT NULL AND m.due_on <= ${today}::date + 7
    ), recipients AS (
      SELECT d.*, d.responsible_user_id AS user_id FROM due d
      JOIN memberships ms ON ms.user_id = d.responsible_user_id AND ms.organisation_id = d.organisation_id
      WHERE d.responsible_user_id IS NOT NULL
      UNION ALL
      SELECT d.*, ms.user_id FROM due d
      JOIN memberships ms ON ms.organisation_id = d.organisation_id AND ms.role = 'owner'
      WHERE d.responsible_user_id IS NULL
    )
    SELECT r.user_id, u.email, u.name, r.id AS measure_id, r.title, r.due_on, o.name AS organisation_name
    FROM recipients r
    JOIN users u ON u.id = r.user_id AND u.measure_reminders AND NOT u.disabled
    JOIN organisations o ON o.id = r.organisation_id
    ORDER BY r.user_id, r.due_on, r.title`);
  return rows;
}

/** The owners of Kommunen whose latest submission is twelve months old or more and who have no draft open, with that round. */
export async function yearlyInvitationRecipients(db: Executor, today: string) {
  const { rows } = await db.execute<{ organisation_id: string; organisation_name: string; check_id: string; round_title: string; email: string }>(sql`
    SELECT o.id AS organisation_id, o.name AS organisation_name, latest.id AS check_id, latest.round_title, u.email
    FROM organisations o
    CROSS JOIN LATERAL (
      SELECT c.id, c.round_title, c.submitted_at FROM checks c
      WHERE c.organisation_id = o.id AND c.status <> 'draft'
      ORDER BY c.submitted_at DESC NULLS LAST LIMIT 1
    ) latest
    JOIN memberships ms ON ms.organisation_id = o.id AND ms.role = 'owner'
    JOIN users u ON u.id = ms.user_id AND NOT u.disabled
    WHERE latest.submitted_at <= ${today}::date - interval '12 months'
      AND NOT EXISTS (SELECT 1 FROM checks d WHERE d.organisation_id = o.id AND d.status = 'draft')
    ORDER BY o.id`);
  return rows;
}
