/**
 * Reminders by mail, run by the job queue (lib/jobs): a weekly digest per
 * person of their measures due within seven days or overdue, and a yearly
 * invitation to the next round twelve months after a Kommune's last
 * submission. `now` is a parameter, so tests move the clock.
 *
 * Exactly once, however many app instances run the job: each mail's key is
 * claimed in sent_notifications (primary key) before the mail goes out; an
 * instance that loses the claim sends nothing.
 */
import { sql } from "drizzle-orm";
import type { Database } from "@/db";
import { openMeasure, sentNotifications } from "@/db/schema";
import { sendMail } from "@/lib/email/mailer";
import { measureDigestMail, yearlyInvitationMail } from "@/lib/email/templates";
import { todayInGermany } from "@/lib/dates";

/** "2026-W48": the ISO week of a day, the period of one digest. */
export function isoWeek(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7; // Monday 1 … Sunday 7
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the week's Thursday decides its year
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, "0")}`;
}

/** Claims a notification key; true for the one caller that gets it. */
async function claim(db: Database, key: string): Promise<boolean> {
  const rows = await db.insert(sentNotifications).values({ key }).onConflictDoNothing().returning({ key: sentNotifications.key });
  return rows.length === 1;
}

export interface DigestEntry {
  measureId: string;
  title: string;
  dueOn: string;
  organisationName: string;
}

/**
 * Who is reminded of what: measures that are open and due within seven days
 * or overdue go to the responsible member; measures assigned to an office
 * (no person) go to the Kommune's owners. People who switched reminders off,
 * or are deactivated, get nothing.
 */
async function dueMeasuresByPerson(db: Database, today: string) {
  const { rows } = await db.execute<{ user_id: string; email: string; name: string; measure_id: string; title: string; due_on: string; organisation_name: string }>(sql`
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
  const byPerson = new Map<string, { email: string; name: string; entries: DigestEntry[] }>();
  for (const row of rows) {
    const person = byPerson.get(row.user_id) ?? { email: row.email, name: row.name, entries: [] };
    person.entries.push({ measureId: row.measure_id, title: row.title, dueOn: row.due_on, organisationName: row.organisation_name });
    byPerson.set(row.user_id, person);
  }
  return byPerson;
}

/** The weekly digest: one mail per person and ISO week, whatever runs the job how often. */
export async function sendMeasureReminders(db: Database, now: Date = new Date()): Promise<{ sent: number; skipped: number }> {
  const today = todayInGermany(now);
  const week = isoWeek(today);
  let sent = 0;
  let skipped = 0;
  for (const [userId, person] of await dueMeasuresByPerson(db, today)) {
    if (!(await claim(db, `digest:${userId}:${week}`))) {
      skipped += 1;
      continue;
    }
    await sendMail(measureDigestMail(person.email, person.name, person.entries, today));
    sent += 1;
  }
  return { sent, skipped };
}

/**
 * Twelve months after a Kommune's latest submission its owners are invited to
 * the next round, once per submission; not while a new draft is already open.
 */
export async function sendYearlyInvitations(db: Database, now: Date = new Date()): Promise<{ sent: number }> {
  const today = todayInGermany(now);
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
  let sent = 0;
  const byRound = new Map<string, typeof rows>();
  for (const row of rows) byRound.set(row.check_id, [...(byRound.get(row.check_id) ?? []), row]);
  for (const [checkId, owners] of byRound) {
    if (!(await claim(db, `yearly:${checkId}`))) continue;
    for (const owner of owners) await sendMail(yearlyInvitationMail(owner.email, owner.organisation_name, owner.round_title));
    sent += owners.length;
  }
  return { sent };
}
