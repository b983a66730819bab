// Rules guarded (issue 14, DSGVO): with the clock moved forward, the daily retention job deletes a
// registration never confirmed after 30 days (with its empty Kommune) but not before, nor a confirmed
// one; expired links and old throttle counters go; audit entries keep what happened but lose every
// reference to a person after two years, not earlier. Runs on a database of its own, because a moved
// clock would clean up the other tests' rows.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPool, dbFor, type Database } from "@/db";
import { dropDatabase, ensureDatabase } from "@/db/embedded";
import { migrateDatabase } from "@/db/migrate";
import { recordFailure, signInKeys } from "@/lib/auth/rate-limit";
import { replaceDatabase } from "@/lib/operations/database";
import { findJob } from "@/lib/jobs/registry";
import { runRecorded } from "@/lib/jobs/runner";
import { confirmEmail, registerOrganisation } from "@/lib/services/accounts";
import { authenticate } from "@/lib/services/authentication";

const DATABASE = `kc_loeschfristen_${Math.random().toString(36).slice(2, 8)}`;
const admin = replaceDatabase(process.env.TEST_DATABASE_URL!, "postgres");
const url = replaceDatabase(process.env.TEST_DATABASE_URL!, DATABASE);
const DAY = 24 * 60 * 60 * 1000;
let pool: pg.Pool;
let db: Database;

const count = async (query: string, values: unknown[] = []) => (await pool.query<{ n: number }>(query, values)).rows[0]!.n;
const later = (days: number) => new Date(Date.now() + days * DAY);
const run = (days: number) => runRecorded(db, findJob("retention")!, later(days));

async function register(label: string) {
  const email = `${label}-${Math.random().toString(36).slice(2, 8)}@fixture.example`;
  const { organisationId, mail } = await registerOrganisation(db, {
    organisationName: `Gemeinde ${label}`,
    kind: "gemeinde",
    regierungsbezirk: "schwaben",
    ags: null,
    name: "Person",
    email,
    password: "ein langes Passwort für den Test",
  });
  const token = /\/email-bestaetigen\/([A-Za-z0-9_-]+)/.exec(mail.text)![1]!;
  return { email, organisationId: organisationId!, token };
}

describe("retention job", () => {
  beforeAll(async () => {
    await ensureDatabase(admin, DATABASE);
    await migrateDatabase(url);
    pool = createPool(url, { max: 2 });
    db = dbFor(pool);
  });
  afterAll(async () => {
    await pool.end();
    await dropDatabase(admin, DATABASE);
  });

  it("deletes what its periods say, at the day they end and not before", async () => {
    const unconfirmed = await register("unbestaetigt");
    const confirmed = await register("bestaetigt");
    expect(await confirmEmail(db, confirmed.token)).toBe(true);
    await authenticate(db, confirmed.email, "falsches Passwort", "198.51.100.4"); // an audit entry with address and e-mail, a counter
    await recordFailure(db, signInKeys(confirmed.email, "198.51.100.5"));
    const userCount = "SELECT count(*)::int AS n FROM users WHERE email = $1";
    const kommuneCount = "SELECT count(*)::int AS n FROM organisations WHERE id = $1";

    // Day 29: nothing of the registrations is due; the counters (older than a day) are, and the links
    // (valid 7 days, kept one week more).
    const day29 = await run(29);
    expect(day29).toMatchObject({ registrationsDeleted: 0, kommunenDeleted: 0, auditEntriesPseudonymised: 0 });
    expect(day29.linksDeleted).toBeGreaterThanOrEqual(1);
    expect(await count("SELECT count(*)::int AS n FROM rate_limit_buckets")).toBe(0);
    expect(await count(userCount, [unconfirmed.email])).toBe(1);

    // Day 31: the unconfirmed registration and its Kommune are gone, the confirmed one stays.
    expect(await run(31)).toMatchObject({ registrationsDeleted: 1, kommunenDeleted: 1 });
    expect(await count(userCount, [unconfirmed.email])).toBe(0);
    expect(await count(kommuneCount, [unconfirmed.organisationId])).toBe(0);
    expect(await count(userCount, [confirmed.email])).toBe(1);
    expect(await count(kommuneCount, [confirmed.organisationId])).toBe(1);
    expect(await count("SELECT count(*)::int AS n FROM one_time_tokens")).toBe(0);

    // One year on, the audit log is untouched; after two years its entries keep the action, not the person.
    const personal = "SELECT count(*)::int AS n FROM audit_log WHERE actor_id IS NOT NULL OR data ?| array['email', 'address', 'name']";
    const personalBefore = await count(personal);
    expect(personalBefore).toBeGreaterThan(0);
    const year = await run(365);
    expect(year.auditEntriesPseudonymised).toBe(0);
    expect(year.jobRunsDeleted).toBeGreaterThan(0); // the records of the earlier runs, half a year old by then
    expect(await count(personal)).toBe(personalBefore);
    const entries = await count("SELECT count(*)::int AS n FROM audit_log");
    expect((await run(2 * 365 + 2)).auditEntriesPseudonymised).toBe(entries);
    expect(await count(personal)).toBe(0);
    expect(await count("SELECT count(*)::int AS n FROM audit_log WHERE action = 'auth.sign_in_failed'")).toBe(1);
    expect(JSON.stringify((await pool.query("SELECT data FROM audit_log")).rows)).not.toContain(confirmed.email);
    // Done once: the next run finds nothing more to do.
    expect((await run(2 * 365 + 3)).auditEntriesPseudonymised).toBe(0);
  });
});
