// Rules guarded: saves are per item with optimistic locking — with 20
// editors saving at once for 100 rounds, the final state equals the last
// confirmed write of every item and every refused write came back as a
// conflict; a submitted check takes no writes; a foreign Kommune sees nothing.
import fc from "fast-check";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answers, auditLog, checks } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { AppError } from "@/lib/errors";
import { ITEM_KEYS, SCALE, type ItemKey, type Score } from "@/lib/kurzcheck/keys";
import { dbFor, testPool } from "@/lib/tooling/testing/db";
import { asCurrentUser, createOrganisation, createPerson } from "@/lib/tooling/testing/fixtures";
import { getCheck, saveAnswer, startOrOpenDraft, submitCheck } from "./checks";

const pool = testPool();
const db = dbFor(pool);
afterAll(() => pool.end());

let organisationId: string;
let editors: CurrentUser[];

beforeAll(async () => {
  organisationId = (await createOrganisation(db)).id;
  editors = [];
  for (let i = 0; i < 20; i++) {
    const person = await createPerson(db, { organisationId, membershipRole: i === 0 ? "owner" : "member" });
    editors.push(await asCurrentUser(db, person.id));
  }
});

describe("concurrent editors", () => {
  it("20 editors × 100 rounds: no lost update, every refusal reported as a conflict", async () => {
    const checkId = await startOrOpenDraft(db, editors[0]!, organisationId);
    const known = editors.map(() => new Map<ItemKey, number>()); // each editor's last seen version per item
    const confirmed = new Map<ItemKey, { score: Score; version: number }[]>();
    let conflicts = 0;
    const random = fc.sample(fc.tuple(fc.constantFrom(...ITEM_KEYS), fc.constantFrom(...SCALE)), { numRuns: 2000, seed: 2026 });

    for (let round = 0; round < 100; round++) {
      await Promise.all(
        editors.map(async (editor, e) => {
          const [itemKey, score] = random[round * 20 + e]!;
          const result = await saveAnswer(db, editor, organisationId, checkId, {
            itemKey,
            score,
            note: `Runde ${round}`,
            baseVersion: known[e]!.get(itemKey) ?? 0,
          });
          if (result.ok) {
            known[e]!.set(itemKey, result.version);
            confirmed.set(itemKey, [...(confirmed.get(itemKey) ?? []), { score, version: result.version }]);
          } else {
            conflicts += 1;
            known[e]!.set(itemKey, result.current.version);
          }
        }),
      );
    }

    const stored = await db.select().from(answers).where(eq(answers.checkId, checkId));
    for (const row of stored) {
      const writes = confirmed.get(row.itemKey)!;
      const last = writes.reduce((a, b) => (b.version > a.version ? b : a));
      expect(row.score).toBe(last.score);
      expect(row.version).toBe(last.version);
      // Versions count confirmed writes exactly: nothing was written that was not confirmed.
      expect(row.version).toBe(writes.length);
    }
    expect(stored).toHaveLength(confirmed.size);
    const total = [...confirmed.values()].reduce((n, w) => n + w.length, 0);
    expect(total + conflicts).toBe(2000);
    expect(conflicts).toBeGreaterThan(0);
    // Each confirmed save, and only those, left its audit entry (written in the same statement).
    const logged = await db
      .select({ data: auditLog.data })
      .from(auditLog)
      .where(and(eq(auditLog.entityId, checkId), eq(auditLog.action, "answer.saved")));
    expect(logged).toHaveLength(total);
    const last = logged.find((entry) => entry.data.version === stored[0]!.version && entry.data.itemKey === stored[0]!.itemKey);
    expect(last?.data).toMatchObject({ itemKey: stored[0]!.itemKey, score: stored[0]!.score });
  }, 120_000);
});

describe("submitted checks and foreign Kommunen", () => {
  it("refuses writes to a submitted check and reads of a foreign one", async () => {
    const org = (await createOrganisation(db)).id;
    const owner = await asCurrentUser(db, (await createPerson(db, { organisationId: org, membershipRole: "owner" })).id);
    const checkId = await startOrOpenDraft(db, owner, org);
    for (const itemKey of ITEM_KEYS) await saveAnswer(db, owner, org, checkId, { itemKey, score: 50, note: "", baseVersion: 0 });
    await submitCheck(db, owner, org, checkId);
    const refused = await saveAnswer(db, owner, org, checkId, { itemKey: "leitbild", score: 10, note: "", baseVersion: 1 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toMatch(/eingereicht/);

    const stranger = editors[1]!;
    for (const attempt of [
      () => getCheck(db, stranger, org, checkId),
      () => saveAnswer(db, stranger, org, checkId, { itemKey: "leitbild", score: 10, note: "", baseVersion: 1 }),
      // The stranger's own Kommune with the foreign check id: the check is not in that Kommune.
      () => getCheck(db, stranger, organisationId, checkId),
      () => saveAnswer(db, stranger, organisationId, checkId, { itemKey: "leitbild", score: 10, note: "", baseVersion: 1 }),
      () => saveAnswer(db, stranger, organisationId, checkId, { itemKey: "leitbild", score: 10, note: "", baseVersion: 0 }),
      () => submitCheck(db, stranger, organisationId, checkId),
    ]) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect((error as AppError).code).toBe("not_found");
    }
    const [row] = await db.select({ status: checks.status }).from(checks).where(eq(checks.id, checkId));
    expect(row!.status).toBe("submitted");
  });
});
