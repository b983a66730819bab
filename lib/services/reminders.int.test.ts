// Rules guarded (issue 12): the weekly digest reaches each responsible person once per week with their
// due (≤ 7 days) and overdue measures — even when two app instances run the job at the same moment
// through the pg-boss queue — never people who switched it off; the yearly invitation comes once,
// twelve months after the last submission.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { checks, measureItems, measures } from "@/db/schema";
import { startJobRunner } from "@/lib/jobs/runner";
import { dbFor, testPool } from "@/lib/tooling/testing/db";
import { createOrganisation, createPerson } from "@/lib/tooling/testing/fixtures";
import { sendYearlyInvitations } from "./reminders";

const pool = testPool();
const db = dbFor(pool);
afterAll(() => pool.end());

function mailsTo(email: string): { subject: string; text: string }[] {
  const dir = process.env.OUTBOX_DIR!;
  return readdirSync(dir)
    .map((file) => JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { to: string; subject: string; text: string })
    .filter((mail) => mail.to === email);
}

async function measure(organisationId: string, responsibleUserId: string | null, dueOn: string, status: "planned" | "done" = "planned", title = "Maßnahme") {
  const [row] = await db
    .insert(measures)
    .values({ organisationId, title, responsibleUserId, responsibleRole: responsibleUserId ? null : "Hauptamt", dueOn, status })
    .returning({ id: measures.id });
  await db.insert(measureItems).values({ measureId: row!.id, itemKey: "beschluss" });
}

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 20_000) {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("measure reminders", () => {
  it("two instances, one digest per person: due and overdue measures, not done ones, not for people who opted out", async () => {
    // A Monday far from today, so no other test's measures fall into this week.
    const now = new Date("2031-03-10T06:00:00Z");
    const organisation = await createOrganisation(db);
    const member = await createPerson(db, { organisationId: organisation.id });
    const owner = await createPerson(db, { organisationId: organisation.id, membershipRole: "owner" });
    const optedOut = await createPerson(db, { organisationId: organisation.id });
    await db.execute(sql`UPDATE users SET measure_reminders = false WHERE id = ${optedOut.id}`);
    await measure(organisation.id, member.id, "2031-03-12", "planned", "Bald fällig");
    await measure(organisation.id, member.id, "2031-02-01", "planned", "Überfällig");
    await measure(organisation.id, member.id, "2031-05-01", "planned", "Noch lange hin");
    await measure(organisation.id, member.id, "2031-03-11", "done", "Schon erledigt");
    await measure(organisation.id, null, "2031-03-13", "planned", "Beim Hauptamt");
    await measure(organisation.id, optedOut.id, "2031-03-12", "planned", "Abgeschaltet");

    const url = process.env.TEST_DATABASE_URL!;
    const [first, second] = [await startJobRunner(url, db, { schedule: false }), await startJobRunner(url, db, { schedule: false })];
    try {
      await Promise.all([first.boss.send("measure-reminders", { now: now.toISOString() }), second.boss.send("measure-reminders", { now: now.toISOString() })]);
      await waitFor(async () => {
        const { rows } = await pool.query(
          "SELECT count(*)::int AS n FROM job_runs WHERE job = 'measure-reminders' AND finished_at IS NOT NULL AND started_at > now() - interval '1 minute'",
        );
        return rows[0].n >= 2;
      });
    } finally {
      await Promise.all([first.stop(), second.stop()]);
    }

    const toMember = mailsTo(member.email);
    expect(toMember).toHaveLength(1);
    expect(toMember[0]!.text).toContain("Bald fällig");
    expect(toMember[0]!.text).toContain("Überfällig");
    expect(toMember[0]!.text).not.toContain("Noch lange hin");
    expect(toMember[0]!.text).not.toContain("Schon erledigt");
    expect(mailsTo(owner.email)).toHaveLength(1); // the office's measure goes to the owners
    expect(mailsTo(owner.email)[0]!.text).toContain("Beim Hauptamt");
    expect(mailsTo(optedOut.email)).toHaveLength(0);
    const { rows } = await pool.query("SELECT ok, summary FROM job_runs WHERE job = 'measure-reminders' ORDER BY id DESC LIMIT 2");
    expect(rows.every((row) => row.ok === true)).toBe(true);
  });

  it("invites a Kommune's owners once, twelve months after its last submission", async () => {
    const organisation = await createOrganisation(db);
    const owner = await createPerson(db, { organisationId: organisation.id, membershipRole: "owner" });
    await db
      .insert(checks)
      .values({ organisationId: organisation.id, roundTitle: "Kurz-Check 2030", status: "submitted", submittedAt: new Date("2030-02-01T10:00:00Z") });
    await sendYearlyInvitations(db, new Date("2031-01-15T08:00:00Z"));
    expect(mailsTo(owner.email)).toHaveLength(0); // not yet twelve months
    await Promise.all([sendYearlyInvitations(db, new Date("2031-02-02T08:00:00Z")), sendYearlyInvitations(dbFor(pool), new Date("2031-02-02T08:00:00Z"))]);
    await sendYearlyInvitations(db, new Date("2031-02-09T08:00:00Z"));
    const mails = mailsTo(owner.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain("Zeit für die nächste Runde");
  });
});
