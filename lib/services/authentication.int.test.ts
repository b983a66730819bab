// Rules guarded: sign-in throttling lives in PostgreSQL — the 11th attempt
// after 10 failures on one account is refused even with the right password,
// 30 failures from one address block that address, the window ends after
// 15 minutes, and an unreadable store refuses (fails closed).
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { createPool, dbFor } from "@/db";
import { createPerson, FIXTURE_PASSWORD } from "@/lib/tooling/testing/fixtures";
import { testPool } from "@/lib/tooling/testing/db";
import { authenticate } from "./authentication";

const pool = testPool();
const db = dbFor(pool);
afterAll(() => pool.end());

const address = () => `198.51.100.${Math.floor(Math.random() * 250)}-${Math.random()}`;

describe("authenticate", () => {
  it("signs in with the right password and refuses a wrong one", async () => {
    const person = await createPerson(db);
    expect((await authenticate(db, person.email.toUpperCase(), FIXTURE_PASSWORD, address())).ok).toBe(true);
    expect(await authenticate(db, person.email, "falsch falsch falsch", address())).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticate(db, "niemand@fixture.example", FIXTURE_PASSWORD, address())).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses the 11th attempt on an account after 10 failures, then frees it when the window ends", async () => {
    const person = await createPerson(db);
    for (let i = 0; i < 10; i++) expect((await authenticate(db, person.email, `falsch-${i}-xxxx`, address())).ok).toBe(false);
    const refused = await authenticate(db, person.email, FIXTURE_PASSWORD, address());
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    expect((refused as { minutes: number }).minutes).toBeGreaterThanOrEqual(14);

    await db.execute(sql`UPDATE rate_limit_buckets SET window_started_at = now() - interval '16 minutes' WHERE key = ${`signin:account:${person.email}`}`);
    expect((await authenticate(db, person.email, FIXTURE_PASSWORD, address())).ok).toBe(true);
  });

  it("blocks an address after 30 failures, whichever accounts they targeted", async () => {
    const from = address();
    for (let i = 0; i < 30; i++) await authenticate(db, `unbekannt-${i}@fixture.example`, "falsch falsch", from);
    const person = await createPerson(db);
    expect(await authenticate(db, person.email, FIXTURE_PASSWORD, from)).toMatchObject({ ok: false, reason: "throttled" });
    expect((await authenticate(db, person.email, FIXTURE_PASSWORD, address())).ok).toBe(true);
  });

  it("writes every attempt to the audit log", async () => {
    const person = await createPerson(db);
    await authenticate(db, person.email, "falsch falsch", address());
    await authenticate(db, person.email, FIXTURE_PASSWORD, address());
    const { rows } = await pool.query("SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id", [person.id]);
    expect(rows.map((r) => r.action)).toEqual(["auth.sign_in_failed", "auth.password_accepted"]);
  });

  it("refuses when the limiter's store cannot be read (fails closed)", async () => {
    const dead = createPool("postgres://postgres:postgres@127.0.0.1:1/nichts", { connectionTimeoutMillis: 500 });
    try {
      expect(await authenticate(dbFor(dead), "wer@fixture.example", "egal egal egal", address())).toEqual({ ok: false, reason: "unavailable" });
    } finally {
      await dead.end();
    }
  });
});
