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
import type { Database } from "@/db";
import { claimNotification, dueMeasureRecipients, yearlyInvitationRecipients } from "@/db/queries/reminders";
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

export interface DigestEntry {
  measureId: string;
  title: string;
  dueOn: string;
  organisationName: string;
}

/** Who is reminded of what (dueMeasureRecipients says who), grouped by person. */
async function dueMeasuresByPerson(db: Database, today: string) {
  const rows = await dueMeasureRecipients(db, today);
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
    if (!(await claimNotification(db, `digest:${userId}:${week}`))) {
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
  const rows = await yearlyInvitationRecipients(db, today);
  let sent = 0;
  const byRound = new Map<string, typeof rows>();
  for (const row of rows) byRound.set(row.check_id, [...(byRound.get(row.check_id) ?? []), row]);
  for (const [checkId, owners] of byRound) {
    if (!(await claimNotification(db, `yearly:${checkId}`))) continue;
    for (const owner of owners) await sendMail(yearlyInvitationMail(owner.email, owner.organisation_name, owner.round_title));
    sent += owners.length;
  }
  return { sent };
}
