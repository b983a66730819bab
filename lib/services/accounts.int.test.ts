// Rules guarded: one-time links work once and only in time (reset 1 h,
// invitation 7 days); a password reset or change ends every session; a
// Kommune keeps at least one owner; nobody touches another Kommune's team;
// the data export never contains the password hash.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invitations, oneTimeTokens, users } from "@/db/schema";
import { dbFor, testPool } from "@/lib/tooling/testing/db";
import { asCurrentUser, createOrganisation, createPerson, FIXTURE_PASSWORD, sessionVersionOf, rejection, uniqueEmail } from "@/lib/tooling/testing/fixtures";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { registerOrganisation, requestPasswordReset, resetPassword } from "./accounts";
import { acceptInvitationAsNewUser, acceptInvitationAsUser } from "./invitations";
import { changePassword, deleteAccount, exportOwnData } from "./profile";
import { changeMemberRole, inviteMember, listTeam, removeMember } from "./team";

const pool = testPool();
const db = dbFor(pool);
afterAll(() => pool.end());

async function resetTokenFor(userId: string, expiresAt = new Date(Date.now() + 3_600_000)) {
  const token = generateToken();
  await db.insert(oneTimeTokens).values({ userId, purpose: "password_reset", tokenHash: hashToken(token), expiresAt });
  return token;
}

describe("password reset", () => {
  it("works once, raises the session version, and refuses reuse", async () => {
    const person = await createPerson(db);
    const before = await sessionVersionOf(db, person.id);
    const token = await resetTokenFor(person.id);
    await resetPassword(db, token, "ein neues langes Passwort");
    expect(await sessionVersionOf(db, person.id)).toBe(before + 1);
    expect((await rejection(resetPassword(db, token, "noch ein neues Passwort"))).code).toBe("invalid");
  });

  it("refuses an expired link and a token of another purpose", async () => {
    const person = await createPerson(db);
    const expired = await resetTokenFor(person.id, new Date(Date.now() - 1000));
    expect((await rejection(resetPassword(db, expired, "ein neues langes Passwort"))).message).toMatch(/abgelaufen/);
    const confirmation = generateToken();
    await db
      .insert(oneTimeTokens)
      .values({ userId: person.id, purpose: "email_confirmation", tokenHash: hashToken(confirmation), expiresAt: new Date(Date.now() + 60_000) });
    expect((await rejection(resetPassword(db, confirmation, "ein neues langes Passwort"))).code).toBe("invalid");
  });

  it("stores only the hash of the token and answers unknown addresses without writing", async () => {
    const person = await createPerson(db);
    await requestPasswordReset(db, person.email, "192.0.2.10");
    const rows = await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, person.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const n = (await pool.query("SELECT count(*)::int AS n FROM one_time_tokens")).rows[0].n as number;
    await requestPasswordReset(db, "niemand-hier@fixture.example", "192.0.2.10");
    expect((await pool.query("SELECT count(*)::int AS n FROM one_time_tokens")).rows[0].n).toBe(n);
  });

  it("sends one inbox at most 3 links an hour, and the caller cannot tell", async () => {
    const person = await createPerson(db);
    for (let i = 0; i < 6; i++) await requestPasswordReset(db, person.email, `198.51.100.${i}`); // never an error
    const links = await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, person.id));
    expect(links).toHaveLength(3);
    const { rows } = await pool.query("SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'auth.password_reset_throttled'", [
      person.id,
    ]);
    expect(rows[0].n).toBe(3);
    // An hour later the inbox may get a link again.
    await pool.query("UPDATE rate_limit_buckets SET window_started_at = now() - interval '61 minutes' WHERE key = $1", [`reset:account:${person.id}`]);
    await requestPasswordReset(db, person.email, "198.51.100.99");
    expect(await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, person.id))).toHaveLength(4);
  });

  it("tells one address asking too often to wait, in German, and writes nothing for it", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 250)}`;
    const person = await createPerson(db);
    for (let i = 0; i < 20; i++) await requestPasswordReset(db, `niemand-${i}@fixture.example`, address);
    const refused = await rejection(requestPasswordReset(db, person.email, address));
    expect(refused.code).toBe("rate_limited");
    expect(refused.message).toMatch(/Bitte versuchen Sie es in \d+ Minuten erneut/);
    expect(await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, person.id))).toHaveLength(0);
    // Another address is not affected.
    await requestPasswordReset(db, person.email, "192.0.2.77");
    expect(await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.userId, person.id))).toHaveLength(1);
  });
});

describe("registration", () => {
  it("creates Kommune, owner and audit entry in one transaction; a known email writes nothing and answers alike", async () => {
    const email = uniqueEmail("reg");
    const input = {
      organisationName: "Markt Transaktion",
      kind: "markt" as const,
      regierungsbezirk: "oberpfalz" as const,
      ags: null,
      name: "Reg",
      email,
      password: "ein langes Passwort hier",
    };
    const { organisationId, mail: confirmation } = await registerOrganisation(db, input);
    expect(confirmation).toMatchObject({ to: email, subject: "Bitte bestätigen Sie Ihre E-Mail-Adresse" });
    const { rows } = await pool.query("SELECT action FROM audit_log WHERE organisation_id = $1", [organisationId]);
    expect(rows.map((r) => r.action)).toContain("organisation.registered");

    const count = async () => (await pool.query("SELECT count(*)::int AS n FROM organisations")).rows[0].n as number;
    const before = await count();
    // No error that would tell a stranger the address is registered: the owner gets a notice instead.
    const again = await registerOrganisation(db, { ...input, organisationName: "Markt Doppelt" });
    expect(again).toMatchObject({ organisationId: null, checkId: null, mail: { to: email, subject: "Registrierung mit Ihrer E-Mail-Adresse" } });
    expect(await count()).toBe(before);
  });
});

describe("invitations", () => {
  it("create the account once; an expired or used link is refused", async () => {
    const organisation = await createOrganisation(db);
    const owner = await createPerson(db, { organisationId: organisation.id, membershipRole: "owner" });
    const invitee = uniqueEmail("eingeladen");
    await inviteMember(db, await asCurrentUser(db, owner.id), organisation.id, invitee, "member");
    const token = generateToken();
    // Replace the mailed token by one we know, as the mail itself is not read here.
    await db
      .update(invitations)
      .set({ tokenHash: hashToken(token) })
      .where(eq(invitations.email, invitee));

    await acceptInvitationAsNewUser(db, token, "Neu Hier", "ein langes Passwort hier");
    const team = await listTeam(db, await asCurrentUser(db, owner.id), organisation.id);
    expect(team.members.map((m) => m.email)).toContain(invitee);
    expect((await rejection(acceptInvitationAsNewUser(db, token, "Noch mal", "ein langes Passwort hier"))).code).toBe("invalid");

    const late = uniqueEmail("spaet");
    await inviteMember(db, await asCurrentUser(db, owner.id), organisation.id, late, "member");
    const lateToken = generateToken();
    await db
      .update(invitations)
      .set({ tokenHash: hashToken(lateToken), expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(invitations.email, late));
    expect((await rejection(acceptInvitationAsNewUser(db, lateToken, "Zu Spät", "ein langes Passwort hier"))).code).toBe("invalid");
  });

  it("can only be accepted by the account of the invited address", async () => {
    const organisation = await createOrganisation(db);
    const owner = await createPerson(db, { organisationId: organisation.id, membershipRole: "owner" });
    const stranger = await createPerson(db);
    const invited = uniqueEmail("gemeint");
    await inviteMember(db, await asCurrentUser(db, owner.id), organisation.id, invited, "member");
    const token = generateToken();
    await db
      .update(invitations)
      .set({ tokenHash: hashToken(token) })
      .where(eq(invitations.email, invited));
    expect((await rejection(acceptInvitationAsUser(db, token, await asCurrentUser(db, stranger.id)))).code).toBe("forbidden");
  });
});

describe("team", () => {
  let organisationA: string;
  let ownerA: string;
  let memberA: string;
  let ownerB: string;
  beforeAll(async () => {
    organisationA = (await createOrganisation(db)).id;
    const organisationB = (await createOrganisation(db)).id;
    ownerA = (await createPerson(db, { organisationId: organisationA, membershipRole: "owner" })).id;
    memberA = (await createPerson(db, { organisationId: organisationA })).id;
    ownerB = (await createPerson(db, { organisationId: organisationB, membershipRole: "owner" })).id;
  });

  it("keeps the last owner", async () => {
    const owner = await asCurrentUser(db, ownerA);
    expect((await rejection(changeMemberRole(db, owner, organisationA, ownerA, "member"))).message).toMatch(/mindestens eine Person/);
    expect((await rejection(removeMember(db, owner, organisationA, ownerA))).message).toMatch(/mindestens eine Person/);
    expect((await rejection(deleteAccount(db, owner, FIXTURE_PASSWORD))).message).toMatch(/einzige verantwortliche Person/);
  });

  it("lets nobody of another Kommune read or change the team", async () => {
    const foreignOwner = await asCurrentUser(db, ownerB);
    for (const attempt of [
      () => listTeam(db, foreignOwner, organisationA),
      () => changeMemberRole(db, foreignOwner, organisationA, memberA, "owner"),
      () => removeMember(db, foreignOwner, organisationA, memberA),
      () => inviteMember(db, foreignOwner, organisationA, uniqueEmail("x"), "owner"),
    ]) {
      expect((await rejection(attempt())).code).toBe("not_found");
    }
    const member = await asCurrentUser(db, memberA);
    expect((await rejection(changeMemberRole(db, member, organisationA, memberA, "owner"))).code).toBe("forbidden");
  });
});

describe("own account", () => {
  it("password change needs the current password and ends other sessions", async () => {
    const person = await createPerson(db);
    const user = await asCurrentUser(db, person.id);
    expect((await rejection(changePassword(db, user, "falsch falsch", "ein neues langes Passwort"))).fieldErrors?.currentPassword).toBeTruthy();
    const before = await sessionVersionOf(db, person.id);
    await changePassword(db, user, FIXTURE_PASSWORD, "ein neues langes Passwort");
    expect(await sessionVersionOf(db, person.id)).toBe(before + 1);
  });

  it("export holds the person's data and never the password hash", async () => {
    const person = await createPerson(db);
    const data = await exportOwnData(db, await asCurrentUser(db, person.id));
    const text = JSON.stringify(data);
    expect(data.account?.email).toBe(person.email);
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, person.id));
    expect(text).not.toContain(row!.hash);
    expect(text).not.toMatch(/argon2id/);
  });

  it("deletion keeps the Kommune's history but removes the person", async () => {
    const organisation = await createOrganisation(db);
    await createPerson(db, { organisationId: organisation.id, membershipRole: "owner" });
    const leaving = await createPerson(db, { organisationId: organisation.id });
    await deleteAccount(db, await asCurrentUser(db, leaving.id), FIXTURE_PASSWORD);
    expect(await db.select().from(users).where(eq(users.id, leaving.id))).toEqual([]);
    const { rows } = await pool.query("SELECT actor_id FROM audit_log WHERE action = 'user.deleted' AND entity_id = $1", [leaving.id]);
    expect(rows).toEqual([{ actor_id: null }]);
  });
});
