// Rules guarded: a passkey signs in only with a challenge of ours that is unexpired and used once,
// its signature, user verification and a counter that went up; a replayed, expired, foreign or
// removed credential, or an authenticator naming another person, is refused with a German message
// and audited, never a 500. A passkey counts as a staff member's second factor. Removing one needs
// the password or another passkey.
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertPasskey } from "@/db/queries/passkeys";
import { auditLog, passkeys, webauthnChallenges } from "@/db/schema";
import { loadCurrentUser, type CurrentUser } from "@/lib/auth/signed-in-user";
import { dbFor, testPool } from "@/lib/tooling/testing/db";
import { asCurrentUser, createPerson, FIXTURE_PASSWORD, rejection } from "@/lib/tooling/testing/fixtures";
import { softwarePasskey, type SoftwarePasskey } from "@/lib/tooling/testing/software-passkey";
import { authenticate } from "./authentication";
import { confirmationOptions, confirmWithPasskey, registrationOptions, relyingParty, removePasskey, signInOptions, signInWithPasskey } from "./passkeys";

const pool = testPool();
const db = dbFor(pool);
afterAll(() => pool.end());

const ADDRESS = "192.0.2.10";
let person: CurrentUser;
let key: SoftwarePasskey;
let keyId: string;

async function register(userId: string, name = "Laptop"): Promise<{ key: SoftwarePasskey; id: string }> {
  const fresh = softwarePasskey();
  const created = await insertPasskey(db, {
    userId,
    credentialId: fresh.credentialId,
    publicKey: fresh.publicKey,
    counter: 0,
    transports: ["internal"],
    deviceType: "singleDevice",
    backedUp: false,
    name,
  });
  return { key: fresh, id: created!.id };
}

const rp = () => ({ origin: relyingParty().origin, rpId: relyingParty().id });

async function signIn(passkey: SoftwarePasskey, userHandle: string, extra: { counter?: number; userVerified?: boolean } = {}) {
  const options = await signInOptions(db, ADDRESS);
  return signInWithPasskey(db, passkey.assert(options.challenge, { ...rp(), userHandle, ...extra }), ADDRESS);
}

async function refusals(userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(and(eq(auditLog.entityId, userId), eq(auditLog.action, "passkey.refused")));
  return row!.n;
}

beforeAll(async () => {
  person = await asCurrentUser(db, (await createPerson(db)).id);
  ({ key, id: keyId } = await register(person.id));
});

describe("signing in with a passkey", () => {
  it("opens for the passkey's owner and records the counter and the use", async () => {
    expect(await signIn(key, person.id)).toMatchObject({ userId: person.id });
    const [row] = await db.select({ counter: passkeys.counter, lastUsedAt: passkeys.lastUsedAt }).from(passkeys).where(eq(passkeys.id, keyId));
    expect(row!.counter).toBe(1);
    expect(row!.lastUsedAt).not.toBeNull();
  });

  it("refuses a challenge used twice, an expired one and one never issued", async () => {
    const options = await signInOptions(db, ADDRESS);
    const first = key.assert(options.challenge, { ...rp(), userHandle: person.id });
    await signInWithPasskey(db, first, ADDRESS);
    const replay = await rejection(signInWithPasskey(db, key.assert(options.challenge, { ...rp(), userHandle: person.id }), ADDRESS));
    expect(replay.message).toBe("Die Anfrage ist abgelaufen oder wurde schon verwendet. Bitte versuchen Sie es noch einmal.");

    const stale = await signInOptions(db, ADDRESS);
    await db
      .update(webauthnChallenges)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(webauthnChallenges.challenge, stale.challenge));
    expect((await rejection(signInWithPasskey(db, key.assert(stale.challenge, { ...rp(), userHandle: person.id }), ADDRESS))).code).toBe("invalid");

    const invented = Buffer.from("nie ausgegeben").toString("base64url");
    expect((await rejection(signInWithPasskey(db, key.assert(invented, { ...rp(), userHandle: person.id }), ADDRESS))).code).toBe("invalid");
  });

  it("refuses a counter that did not go up (a cloned authenticator), a missing user verification and another site's origin", async () => {
    const before = await refusals(person.id);
    expect((await rejection(signIn(key, person.id, { counter: 1 }))).message).toMatch(/nicht angenommen/);
    expect((await rejection(signIn(key, person.id, { userVerified: false }))).code).toBe("invalid");
    const options = await signInOptions(db, ADDRESS);
    const phished = key.assert(options.challenge, { origin: "https://kurz-check.example.net", rpId: rp().rpId, userHandle: person.id });
    expect((await rejection(signInWithPasskey(db, phished, ADDRESS))).code).toBe("invalid");
    expect(await refusals(person.id)).toBe(before + 3);
  });

  it("refuses an authenticator that names another person, and an unknown or removed credential", async () => {
    const other = await createPerson(db);
    expect((await rejection(signIn(key, other.id))).code).toBe("invalid");
    expect((await rejection(signIn(softwarePasskey(), person.id))).code).toBe("invalid");
    const removed = await register(person.id, "Alt");
    await db.delete(passkeys).where(eq(passkeys.id, removed.id));
    expect((await rejection(signIn(removed.key, person.id))).message).toMatch(/nicht angenommen/);
  });

  it("never confirms one person with another person's passkey", async () => {
    const other = await createPerson(db);
    await register(other.id);
    const options = await confirmationOptions(db, other.id, ADDRESS);
    // The passkey of `person` answering a confirmation that `other` asked for.
    const foreign = key.assert(options.challenge, { ...rp(), userHandle: person.id });
    expect((await rejection(confirmWithPasskey(db, other.id, foreign, ADDRESS))).code).toBe("invalid");
  });
});

describe("staff and removal", () => {
  it("lets a staff member use a passkey instead of TOTP: no forced TOTP set-up, and the password alone opens nothing", async () => {
    const advisor = await createPerson(db, { role: "advisor" });
    expect((await loadCurrentUser(db, advisor.id))!.current.mustSetUpSecondFactor).toBe(true);
    await register(advisor.id);
    expect((await loadCurrentUser(db, advisor.id))!.current.mustSetUpSecondFactor).toBe(false);
    const result = await authenticate(db, advisor.email, FIXTURE_PASSWORD, ADDRESS);
    expect(result).toMatchObject({ ok: true, needsSecondFactor: true });
  });

  it("adds nothing without the current password, and keeps a staff member's last second factor", async () => {
    expect((await rejection(registrationOptions(db, person, ADDRESS, "nicht das Passwort"))).fieldErrors?.currentPassword).toBeTruthy();
    expect((await registrationOptions(db, person, ADDRESS, FIXTURE_PASSWORD)).challenge).toBeTruthy();

    const advisor = await asCurrentUser(db, (await createPerson(db, { role: "advisor" })).id);
    const only = await register(advisor.id, "Dienst-Smartphone");
    const staff = await asCurrentUser(db, advisor.id);
    expect((await rejection(removePasskey(db, staff, only.id, { password: FIXTURE_PASSWORD }))).message).toMatch(/zweiter Faktor vorgeschrieben/);
    expect(await db.select({ id: passkeys.id }).from(passkeys).where(eq(passkeys.userId, advisor.id))).toHaveLength(1);
  });

  it("removes a passkey after the password or another passkey, never on the strength of itself", async () => {
    const owner = await asCurrentUser(db, (await createPerson(db)).id);
    const first = await register(owner.id, "Smartphone");
    const second = await register(owner.id, "Laptop");
    expect((await rejection(removePasskey(db, owner, first.id, { password: "falsch-falsch-falsch" }))).fieldErrors?.currentPassword).toBeTruthy();

    const own = await confirmationOptions(db, owner.id, ADDRESS);
    const itself = first.key.assert(own.challenge, { ...rp(), userHandle: owner.id });
    expect((await rejection(removePasskey(db, owner, first.id, { passkey: itself, address: ADDRESS }))).message).toMatch(/anderen Passkey/);

    const other = await confirmationOptions(db, owner.id, ADDRESS);
    await removePasskey(db, owner, first.id, { passkey: second.key.assert(other.challenge, { ...rp(), userHandle: owner.id }), address: ADDRESS });
    await removePasskey(db, owner, second.id, { password: FIXTURE_PASSWORD });
    expect(await db.select().from(passkeys).where(eq(passkeys.userId, owner.id))).toEqual([]);
    // Another person's passkey id does not exist for this person.
    expect((await rejection(removePasskey(db, owner, keyId, { password: FIXTURE_PASSWORD }))).code).toBe("not_found");
  });
});
