// Rules guarded (issue 17): sign-out and "Alle Sitzungen abmelden" end sessions server-side;
// guessing the current password in /konto is throttled and then ends the sessions; a confirmation
// link confirms only the address it was sent to; the second factor accepts a current code once,
// a recovery code once, and blocks after five wrong codes; an admin's role change on an unknown
// id says "not found"; advisors never see the index of a Kommune's draft.
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { listOrganisations } from "@/db/queries/advisor";
import { listChecksForOrganisation } from "@/db/queries/checks";
import { answers, checks } from "@/db/schema";
import { openSecret, sealSecret } from "@/lib/auth/secret-box";
import { authSecrets } from "@/lib/auth/secrets";
import { newTotpSecret, totpCode } from "@/lib/auth/totp";
import { findJob } from "@/lib/jobs/registry";
import { runRecorded } from "@/lib/jobs/runner";
import { loadCurrentUser } from "@/lib/auth/signed-in-user";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { ITEM_KEYS } from "@/lib/kurzcheck/keys";
import { dbFor, testPool } from "@/lib/tooling/testing/db";
import { asCurrentUser, createOrganisation, createPerson, FIXTURE_PASSWORD, rejection, uniqueEmail } from "@/lib/tooling/testing/fixtures";
import { confirmEmail } from "./accounts";
import { changeEmail, changePassword, signOutEverywhere } from "./profile";
import { beginSecondFactorSetup, confirmSecondFactorSetup, pendingSecondFactorSecret, resetSecondFactor, verifySecondFactor } from "./second-factor";
import { endSession, sessionStillValid, startSession } from "./browser-sessions";
import { changePlatformRole } from "./users";

const pool = testPool();
const db = dbFor(pool);
afterAll(() => pool.end());

async function liveSession(userId: string) {
  const [row] = (await db.execute<{ session_version: number }>(sql`SELECT session_version FROM users WHERE id = ${userId}`)).rows;
  const started = await startSession(db, userId, row!.session_version, "192.0.2.1");
  if (!started) throw new Error("no session");
  return { userId, sessionVersion: started.user.sessionVersion, sessionId: started.sessionId };
}

describe("sessions", () => {
  it("sign-out ends exactly that session; a copied token stops working", async () => {
    const person = await createPerson(db);
    const first = await liveSession(person.id);
    const second = await liveSession(person.id);
    expect(await sessionStillValid(db, first)).toBe(true);
    await endSession(db, first.sessionId);
    expect(await sessionStillValid(db, first)).toBe(false);
    expect(await sessionStillValid(db, second)).toBe(true);
    expect((await loadCurrentUser(db, person.id, first.sessionId))!.sessionLive).toBe(false);
  });

  it("'Alle Sitzungen abmelden' ends every session of the person", async () => {
    const person = await createPerson(db);
    const a = await liveSession(person.id);
    const b = await liveSession(person.id);
    await signOutEverywhere(db, await asCurrentUser(db, person.id));
    expect(await sessionStillValid(db, a)).toBe(false);
    expect(await sessionStillValid(db, b)).toBe(false);
  });

  it("a deactivated account or a changed password opens no new session and ends the old", async () => {
    const person = await createPerson(db);
    const before = await liveSession(person.id);
    const newVersion = await changePassword(db, await asCurrentUser(db, person.id), FIXTURE_PASSWORD, "ein ganz neues Passwort 2026");
    expect(await sessionStillValid(db, before)).toBe(false);
    expect(await startSession(db, person.id, before.sessionVersion, "192.0.2.1")).toBeNull();
    expect(await startSession(db, person.id, newVersion, "192.0.2.1")).not.toBeNull();
  });
});

describe("re-authentication in /konto", () => {
  it("five wrong current passwords end every session; then even the right one is refused", async () => {
    const person = await createPerson(db);
    const session = await liveSession(person.id);
    const user = await asCurrentUser(db, person.id);
    for (let i = 1; i <= 4; i++) {
      expect((await rejection(changeEmail(db, user, `falsch-${i}-falsch`, uniqueEmail("neu")))).code).toBe("invalid");
    }
    const fifth = await rejection(changeEmail(db, user, "falsch-5-falsch", uniqueEmail("neu")));
    expect(fifth.code).toBe("unauthenticated");
    expect(await sessionStillValid(db, session)).toBe(false);
    const refused = await rejection(changePassword(db, await asCurrentUser(db, person.id), FIXTURE_PASSWORD, "ein ganz neues Passwort 2026"));
    expect(refused.code).toBe("unauthenticated");
  });
});

describe("email confirmation", () => {
  it("a link sent to the old address does not confirm the new one", async () => {
    const person = await createPerson(db);
    const oldToken = generateToken();
    await db.execute(sql`UPDATE users SET email_confirmed_at = NULL WHERE id = ${person.id}`);
    await db.execute(sql`INSERT INTO one_time_tokens (user_id, purpose, email, token_hash, expires_at)
      VALUES (${person.id}, 'email_confirmation', ${person.email}, ${hashToken(oldToken)}, now() + interval '1 day')`);
    const newAddress = uniqueEmail("neu");
    await changeEmail(db, await asCurrentUser(db, person.id), FIXTURE_PASSWORD, newAddress);
    expect(await confirmEmail(db, oldToken)).toBe(false);
    expect((await asCurrentUser(db, person.id)).emailConfirmed).toBe(false);
    const [newToken] = (await db.execute<{ email: string }>(sql`SELECT email FROM one_time_tokens WHERE user_id = ${person.id} AND used_at IS NULL`)).rows;
    expect(newToken!.email).toBe(newAddress);
  });
});

describe("second factor", () => {
  it("set-up is confirmed by a code; a code counts once; a recovery code once; five failures block", async () => {
    const person = await createPerson(db, { role: "advisor" });
    const user = await asCurrentUser(db, person.id);
    expect(user.mustSetUpSecondFactor).toBe(true);
    await beginSecondFactorSetup(db, user);
    const secret = (await pendingSecondFactorSecret(db, person.id))!;
    expect((await rejection(confirmSecondFactorSetup(db, user, "000000"))).fieldErrors?.code).toBeDefined();
    const now = Date.now();
    const codes = await confirmSecondFactorSetup(db, user, totpCode(secret, now));
    expect(codes).toHaveLength(10);
    expect((await asCurrentUser(db, person.id)).mustSetUpSecondFactor).toBe(false);

    // The code used for set-up is spent; the next step's is accepted once, then replay is refused.
    expect(await verifySecondFactor(db, person.id, totpCode(secret, now), "192.0.2.2")).toEqual({ ok: false, reason: "invalid" });
    const next = totpCode(secret, now + 30_000);
    expect(await verifySecondFactor(db, person.id, next, "192.0.2.2")).toEqual({ ok: true, usedRecoveryCode: false });
    expect(await verifySecondFactor(db, person.id, next, "192.0.2.2")).toEqual({ ok: false, reason: "invalid" });

    // A recovery code works once, typed in any case and with spaces.
    const recovery = codes[0]!;
    expect(await verifySecondFactor(db, person.id, ` ${recovery.toLowerCase()} `, "192.0.2.2")).toEqual({ ok: true, usedRecoveryCode: true });
    expect(await verifySecondFactor(db, person.id, recovery, "192.0.2.2")).toEqual({ ok: false, reason: "invalid" });

    // A success clears the count; four more wrong codes make five failures since (the replayed
    // recovery code was the first): then even an unused recovery code is refused.
    for (const wrong of ["123456", "654321", "111111", "222222"]) await verifySecondFactor(db, person.id, wrong, "192.0.2.2");
    expect(await verifySecondFactor(db, person.id, codes[1]!, "192.0.2.2")).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("a secret stored plain before sealing still works and is sealed by the sign-in that uses it", async () => {
    const plain = newTotpSecret();
    const person = await createPerson(db, { role: "advisor" });
    await db.execute(sql`UPDATE users SET totp_secret = ${plain}, totp_enabled_at = now() WHERE id = ${person.id}`);
    expect(await verifySecondFactor(db, person.id, totpCode(plain), "192.0.2.3")).toEqual({ ok: true, usedRecoveryCode: false });
    const { rows } = await db.execute<{ totp_secret: string }>(sql`SELECT totp_secret FROM users WHERE id = ${person.id}`);
    expect(rows[0]!.totp_secret).toMatch(/^v1:/);
    expect(rows[0]!.totp_secret).not.toContain(plain);
    expect(await verifySecondFactor(db, person.id, totpCode(plain, Date.now() + 30_000), "192.0.2.3")).toEqual({ ok: true, usedRecoveryCode: false });
  });

  it("the hourly sealing job leaves no plain or previous-key secret; a foreign seal is counted, not touched", async () => {
    const previous = "the-previous-auth-secret-of-this-test-0123456789";
    const [plain, pendingPlain, oldKey, foreign] = [newTotpSecret(), newTotpSecret(), newTotpSecret(), newTotpSecret()];
    const a = await createPerson(db, { role: "advisor" });
    const b = await createPerson(db, { role: "admin" });
    const c = await createPerson(db, { role: "advisor" });
    const foreignSeal = sealSecret(foreign, ["a-secret-this-portal-never-had-0123456789abcdef"]);
    await db.execute(sql`UPDATE users SET totp_secret = ${plain}, totp_pending_secret = ${pendingPlain}, totp_enabled_at = now() WHERE id = ${a.id}`);
    await db.execute(sql`UPDATE users SET totp_secret = ${sealSecret(oldKey, [previous])}, totp_enabled_at = now() WHERE id = ${b.id}`);
    await db.execute(sql`UPDATE users SET totp_secret = ${foreignSeal}, totp_enabled_at = now() WHERE id = ${c.id}`);
    process.env.AUTH_SECRET_PREVIOUS = previous;
    try {
      const summary = await runRecorded(db, findJob("second-factor-sealing")!);
      expect(summary.secretsSealed).toBeGreaterThanOrEqual(3);
      expect(summary.secretsUnreadable).toBeGreaterThanOrEqual(1);
    } finally {
      delete process.env.AUTH_SECRET_PREVIOUS;
    }
    const { rows } = await db.execute<{ id: string; totp_secret: string; totp_pending_secret: string | null }>(
      sql`SELECT id, totp_secret, totp_pending_secret FROM users WHERE id IN (${a.id}, ${b.id}, ${c.id})`,
    );
    const of = (id: string) => rows.find((row) => row.id === id)!;
    // Opened with the current secret alone: sealed with it, nothing stale left.
    expect(openSecret(of(a.id).totp_secret, authSecrets())).toEqual({ plain, stale: false });
    expect(openSecret(of(a.id).totp_pending_secret!, authSecrets())).toEqual({ plain: pendingPlain, stale: false });
    expect(openSecret(of(b.id).totp_secret, authSecrets())).toEqual({ plain: oldKey, stale: false });
    expect(of(c.id).totp_secret).toBe(foreignSeal);
  });

  it("an admin's reset clears the factor and ends the person's sessions", async () => {
    const admin = await createPerson(db, { role: "admin" });
    const person = await createPerson(db, { role: "advisor" });
    const user = await asCurrentUser(db, person.id);
    await beginSecondFactorSetup(db, user);
    await confirmSecondFactorSetup(db, user, totpCode((await pendingSecondFactorSecret(db, person.id))!));
    const session = await liveSession(person.id);
    await resetSecondFactor(db, await asCurrentUser(db, admin.id), person.id);
    expect(await sessionStillValid(db, session)).toBe(false);
    expect((await asCurrentUser(db, person.id)).mustSetUpSecondFactor).toBe(true);
    const { rows } = await db.execute(sql`SELECT action FROM audit_log WHERE entity_id = ${person.id} AND action = 'user.second_factor_reset'`);
    expect(rows).toHaveLength(1);
  });
});

describe("administration", () => {
  it("a role change for an unknown id is 'not found', never a success", async () => {
    const admin = await createPerson(db, { role: "admin" });
    const error = await rejection(changePlatformRole(db, await asCurrentUser(db, admin.id), "00000000-0000-4000-8000-000000000000", "advisor"));
    expect(error.code).toBe("not_found");
  });
});

describe("drafts belong to the Kommune", () => {
  it("advisor queries give a draft's progress, never its index", async () => {
    const organisation = await createOrganisation(db, `Markt Entwurf ${Math.random().toString(36).slice(2, 8)}`);
    const [draft] = await db.insert(checks).values({ organisationId: organisation.id, roundTitle: "Kurz-Check 2026" }).returning({ id: checks.id });
    await db.insert(answers).values(ITEM_KEYS.map((itemKey) => ({ checkId: draft!.id, itemKey, score: 70 })));
    const [forAdvisor] = await listChecksForOrganisation(db, organisation.id, "advisor");
    expect(forAdvisor).toMatchObject({ status: "draft", answered: 13, index: null });
    const [forKommune] = await listChecksForOrganisation(db, organisation.id, "kommune");
    expect(forKommune!.index).toBe(70);
    const { rows } = await listOrganisations(db, { q: organisation.name, sort: "name", direction: "asc", page: 1, pageSize: 5 });
    expect(rows[0]).toMatchObject({ latest_status: "draft", latest_index: null, latest_answered: 13 });
  });
});
