// Rules guarded: the autosave of the team's check is one statement that checks the session too,
// and still refuses whatever the full path refused: a revoked session, a changed password
// (session version), a disabled account, a staff member without a second factor, another
// Kommune's draft, a Kommune that is not the session's active one. Refused saves write
// nothing; a stale version answers 409 with the current value; bad bodies get German messages.
process.env.DATABASE_URL ??= process.env.TEST_DATABASE_URL;

import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPool } from "@/db";
import { insertSession, revokeSession, setActiveOrganisation } from "@/db/queries/sessions";
import { answers, auditLog, memberships, users } from "@/db/schema";
import type { SessionClaims } from "@/lib/auth/session-cookie";
import { startOrOpenDraft } from "@/lib/services/checks";
import { dbFor, testPool } from "@/lib/tooling/testing/db";
import { asCurrentUser, createOrganisation, createPerson, sessionVersionOf } from "@/lib/tooling/testing/fixtures";
import { saveAutosave } from "./autosave";

const pool = testPool();
const db = dbFor(pool);
afterAll(async () => {
  await pool.end();
  await getPool().end();
});

const ORIGIN = "http://portal.test";

async function signedIn(userId: string): Promise<SessionClaims> {
  return { userId, sessionId: await insertSession(db, userId, 3600), sessionVersion: await sessionVersionOf(db, userId) };
}

function save(session: SessionClaims | null, checkId: string, body: unknown, itemKey = "leitbild") {
  return saveAutosave({
    origin: ORIGIN,
    host: "portal.test",
    session: async () => session,
    target: { kind: "check", checkId, itemKey },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

async function storedAnswer(checkId: string, itemKey = "leitbild") {
  const [row] = await db
    .select({ score: answers.score, version: answers.version, updatedBy: answers.updatedBy })
    .from(answers)
    .where(and(eq(answers.checkId, checkId), eq(answers.itemKey, itemKey as "leitbild")));
  return row ?? null;
}

let kommuneA: string;
let kommuneB: string;
let draftA: string;
let draftB: string;
let memberA: string;

beforeAll(async () => {
  kommuneA = (await createOrganisation(db)).id;
  kommuneB = (await createOrganisation(db)).id;
  memberA = (await createPerson(db, { organisationId: kommuneA, membershipRole: "owner" })).id;
  const ownerB = (await createPerson(db, { organisationId: kommuneB, membershipRole: "owner" })).id;
  draftA = await startOrOpenDraft(db, await asCurrentUser(db, memberA), kommuneA);
  draftB = await startOrOpenDraft(db, await asCurrentUser(db, ownerB), kommuneB);
});

describe("autosave of the team's check", () => {
  it("saves in one statement with the session's person as author, audited, versioned", async () => {
    const session = await signedIn(memberA);
    const first = await save(session, draftA, { score: 60, note: "Beschluss von 2019", baseVersion: 0 });
    expect(first).toMatchObject({ status: 200, body: { ok: true, version: 1 } });
    const second = await save(session, draftA, { score: 70, note: "", baseVersion: 1 });
    expect(second).toMatchObject({ status: 200, body: { ok: true, version: 2 } });
    expect(await storedAnswer(draftA)).toEqual({ score: 70, version: 2, updatedBy: memberA });
    const audited = await db
      .select({ actorId: auditLog.actorId, organisationId: auditLog.organisationId, data: auditLog.data })
      .from(auditLog)
      .where(and(eq(auditLog.action, "answer.saved"), eq(auditLog.entityId, draftA)));
    expect(audited).toHaveLength(2);
    expect(audited[0]).toMatchObject({ actorId: memberA, organisationId: kommuneA, data: { itemKey: "leitbild", noteLength: 18 } });
  });

  it("answers a stale version with 409 and the current value, writing nothing", async () => {
    const session = await signedIn(memberA);
    const before = await storedAnswer(draftA);
    const stale = await save(session, draftA, { score: 10, note: "", baseVersion: 1 });
    expect(stale).toMatchObject({ status: 409, body: { ok: false, code: "conflict", current: { score: before!.score, version: before!.version } } });
    expect(await storedAnswer(draftA)).toEqual(before);
  });

  it("refuses a revoked session, a changed session version and a disabled account with 401, writing nothing", async () => {
    const revoked = await signedIn(memberA);
    await revokeSession(db, revoked.sessionId);
    const before = await storedAnswer(draftA);
    const version = before!.version;
    expect(await save(revoked, draftA, { score: 0, note: "", baseVersion: version })).toMatchObject({ status: 401 });

    const oldPassword = await signedIn(memberA);
    expect(await save({ ...oldPassword, sessionVersion: oldPassword.sessionVersion - 1 }, draftA, { score: 0, note: "", baseVersion: version })).toMatchObject({
      status: 401,
    });

    const disabled = await createPerson(db, { organisationId: kommuneA });
    const disabledSession = await signedIn(disabled.id);
    await db.update(users).set({ disabled: true }).where(eq(users.id, disabled.id));
    expect(await save(disabledSession, draftA, { score: 0, note: "", baseVersion: version })).toMatchObject({ status: 401 });

    expect(await save(null, draftA, { score: 0, note: "", baseVersion: version })).toMatchObject({
      status: 401,
      body: { message: "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an." },
    });
    expect(await storedAnswer(draftA)).toEqual(before);
  });

  it("never writes another Kommune's draft, nor one of a Kommune the session is not working in", async () => {
    const session = await signedIn(memberA);
    const foreign = await save(session, draftB, { score: 30, note: "", baseVersion: 0 }, "konzept");
    expect(foreign.status).toBe(404);
    expect(await storedAnswer(draftB, "konzept")).toBeNull();

    // Member of both: the session's chosen Kommune decides where the draft may be written.
    await db.insert(memberships).values({ userId: memberA, organisationId: kommuneB, role: "member" });
    const inA = await signedIn(memberA);
    await setActiveOrganisation(db, memberA, inA.sessionId, kommuneA);
    expect((await save(inA, draftB, { score: 30, note: "", baseVersion: 0 }, "konzept")).status).toBe(404);
    expect(await storedAnswer(draftB, "konzept")).toBeNull();
    const inB = await signedIn(memberA);
    await setActiveOrganisation(db, memberA, inB.sessionId, kommuneB);
    expect(await save(inB, draftB, { score: 30, note: "", baseVersion: 0 }, "konzept")).toMatchObject({ status: 200 });
    expect(await storedAnswer(draftB, "konzept")).toMatchObject({ score: 30, updatedBy: memberA });
  });

  it("refuses staff without a second factor even where they hold a membership", async () => {
    const staff = await createPerson(db, { role: "advisor", organisationId: kommuneA });
    const session = await signedIn(staff.id);
    const refused = await save(session, draftA, { score: 20, note: "", baseVersion: 0 }, "querschnitt");
    expect(refused).toMatchObject({ status: 403, body: { message: "Bitte richten Sie zuerst die Anmeldung mit zweitem Faktor ein." } });
    expect(await storedAnswer(draftA, "querschnitt")).toBeNull();
  });

  it("answers bad bodies in German and writes nothing; a score sent as text still counts, as before", async () => {
    const session = await signedIn(memberA);
    const cases: [unknown, string][] = [
      [{ score: 55, note: "", baseVersion: 0 }, "Bitte wählen Sie einen Wert zwischen 0\u202f% und 100\u202f% in Zehnerschritten."],
      [{ score: 50, note: "a\u0000b", baseVersion: 0 }, "Der Text enthält unzulässige Steuerzeichen. Bitte entfernen Sie sie."],
      [{ score: 50, note: "x".repeat(2001), baseVersion: 0 }, "Die Anmerkung darf höchstens 2.000 Zeichen lang sein."],
      [{ score: 50, note: "", baseVersion: 1.5 }, "Die Versionsangabe ist ungültig."],
      ["{kein json", "Die Anfrage enthält kein gültiges JSON."],
      [[50], "Die Anfrage muss ein Objekt mit score, note und baseVersion sein."],
    ];
    for (const [body, message] of cases) {
      const answer = await save(session, draftA, body, "netzwerk");
      expect(answer, JSON.stringify(body)).toMatchObject({ body: { ok: false, message } });
      expect([400, 422]).toContain(answer.status);
    }
    expect(await save(session, draftA, { score: 50, note: "", baseVersion: 0 }, "gibt-es-nicht")).toMatchObject({
      body: { message: "Diese Frage gibt es im Kurz-Check nicht." },
    });
    expect(await storedAnswer(draftA, "netzwerk")).toBeNull();
    expect(await save(session, draftA, { score: "50", note: "", baseVersion: 0 }, "netzwerk")).toMatchObject({ status: 200, body: { version: 1 } });
  });
});
