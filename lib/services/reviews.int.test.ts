// Rules guarded: statewide figures hide every group of fewer than 5 Kommunen
// and match an independent SQL computation; only advisors review, and they
// never write answers; the Kommune reads no draft comment before release.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checks, organisations } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { AppError } from "@/lib/errors";
import { ITEM_KEYS, type Score } from "@/lib/kurzcheck/keys";
import { dbFor, testPool } from "@/lib/tooling/testing/db";
import { asCurrentUser, createOrganisation, createPerson } from "@/lib/tooling/testing/fixtures";
import { getResult, saveAnswer, startOrOpenDraft, submitCheck } from "./checks";
import { loadReview, releaseFeedback, returnToKommune, saveDraftComments, startReview } from "./reviews";
import { statewideFigures } from "./statewide";
import { decideRegistration } from "./verification";

const pool = testPool();
const db = dbFor(pool);
afterAll(() => pool.end());

let advisor: CurrentUser;
beforeAll(async () => {
  advisor = await asCurrentUser(db, (await createPerson(db, { role: "advisor" })).id);
});

/** A verified Kommune of the test group with one submitted check of the given scores. */
async function submittedKommune(scores: Score[]) {
  const organisation = await createOrganisation(db);
  await db
    .update(organisations)
    .set({ verified: true, regierungsbezirk: "unterfranken", kind: "kreisfreie_stadt" })
    .where(eq(organisations.id, organisation.id));
  const owner = await asCurrentUser(db, (await createPerson(db, { organisationId: organisation.id, membershipRole: "owner" })).id);
  const checkId = await startOrOpenDraft(db, owner, organisation.id);
  for (const [i, itemKey] of ITEM_KEYS.entries())
    await saveAnswer(db, owner, organisation.id, checkId, { itemKey, score: scores[i % scores.length]!, note: "", baseVersion: 0 });
  await submitCheck(db, owner, organisation.id, checkId);
  return { organisationId: organisation.id, checkId, owner };
}

describe("statewide figures", () => {
  it("hide a group of 4 Kommunen, show it at 5, and match SQL", async () => {
    for (const score of [20, 40, 60, 80] as Score[]) await submittedKommune([score]);
    const withFour = await statewideFigures(db, advisor);
    expect(withFour.byDistrict.find((g) => g.key === "unterfranken")).toMatchObject({ count: 4, averageIndex: null, withheld: "small" });
    expect(withFour.byKind.find((g) => g.key === "kreisfreie_stadt")).toMatchObject({ count: 4, averageIndex: null, withheld: "small" });

    await submittedKommune([100]);
    const withFive = await statewideFigures(db, advisor);
    const unterfranken = withFive.byDistrict.find((g) => g.key === "unterfranken")!;
    expect(unterfranken.count).toBe(5);
    // Shown now, unless it must cover for a smaller group of another test (complementary suppression).
    expect(unterfranken.withheld === "complementary" || unterfranken.averageIndex === 60).toBe(true);

    // The same figures, computed independently: latest submitted check per verified Kommune.
    const { rows } = await pool.query(`
      SELECT o.regierungsbezirk, count(*)::int AS n, round(avg(x.idx), 1)::float AS avg
      FROM organisations o
      JOIN LATERAL (SELECT c.id FROM checks c WHERE c.organisation_id = o.id AND c.status <> 'draft' ORDER BY c.submitted_at DESC LIMIT 1) c ON true
      JOIN LATERAL (SELECT avg(a.score) AS idx FROM answers a WHERE a.check_id = c.id) x ON true
      WHERE o.verified GROUP BY 1`);
    for (const row of rows) {
      const group = withFive.byDistrict.find((g) => g.key === row.regierungsbezirk)!;
      expect(group.count).toBe(row.n);
      expect(group.withheld === "small").toBe(row.n < 5);
      expect(group.averageIndex).toBe(group.withheld ? null : row.avg);
    }
    const total = rows.reduce((n: number, r: { n: number }) => n + r.n, 0);
    expect(withFive.total).toBe(total);
  });
});

describe("review rights", () => {
  it("refuses every advisor action to a member of a Kommune", async () => {
    const { checkId, organisationId, owner } = await submittedKommune([50]);
    // Thunks, so each call starts only when it is awaited (no rejection waits unobserved).
    for (const attempt of [
      () => loadReview(db, owner, checkId),
      () => startReview(db, owner, checkId),
      () => saveDraftComments(db, owner, checkId, { gesamt: "x" }),
      () => releaseFeedback(db, owner, checkId, { gesamt: "x" }),
      () => returnToKommune(db, owner, checkId, "x"),
      () => decideRegistration(db, owner, organisationId, { verified: true }),
      () => statewideFigures(db, owner),
    ]) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, String(error)).toBeInstanceOf(AppError);
      expect(["forbidden", "not_found"]).toContain((error as AppError).code);
    }
  });

  it("an advisor cannot write a Kommune's answers", async () => {
    const { checkId, organisationId } = await submittedKommune([50]);
    await db.update(checks).set({ status: "draft" }).where(eq(checks.id, checkId));
    const error = await saveAnswer(db, advisor, organisationId, checkId, { itemKey: "leitbild", score: 0, note: "", baseVersion: 1 }).then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as AppError).code).toBe("not_found");
  });

  it("drafts stay invisible to the Kommune until release, then appear all at once", async () => {
    const { checkId, organisationId, owner } = await submittedKommune([30, 70]);
    // Reading does not start the review; the explicit step does.
    await loadReview(db, advisor, checkId);
    expect((await db.select({ status: checks.status }).from(checks).where(eq(checks.id, checkId)))[0]!.status).toBe("submitted");
    await startReview(db, advisor, checkId);
    await saveDraftComments(db, advisor, checkId, { leitbild: "Entwurf zum Leitbild", gesamt: "Entwurf gesamt" });
    expect((await getResult(db, owner, organisationId, checkId)).comments).toEqual([]);
    await releaseFeedback(db, advisor, checkId, { leitbild: "Freigegeben zum Leitbild", gesamt: "Gesamturteil" });
    const comments = (await getResult(db, owner, organisationId, checkId)).comments.map((c) => c.body).sort();
    expect(comments).toEqual(["Freigegeben zum Leitbild", "Gesamturteil"]);
    const [row] = await db.select({ status: checks.status }).from(checks).where(eq(checks.id, checkId));
    expect(row!.status).toBe("released");
    const { rows } = await pool.query("SELECT action FROM audit_log WHERE entity_id = $1 AND action LIKE 'check.%' ORDER BY id", [checkId]);
    expect(rows.map((r) => r.action)).toEqual(["check.created", "check.submitted", "check.review_started", "check.released"]);
  });

  it("declining a registration keeps the reason, logs it and tells the owner", async () => {
    const { organisationId } = await submittedKommune([50]);
    await decideRegistration(db, advisor, organisationId, { verified: false, reason: "Kein Bezug zu Bayern erkennbar." });
    const [row] = await db
      .select({ verified: organisations.verified, reason: organisations.rejectionReason })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    expect(row).toEqual({ verified: false, reason: "Kein Bezug zu Bayern erkennbar." });
    const { rows } = await pool.query("SELECT actor_id, data FROM audit_log WHERE organisation_id = $1 AND action = 'organisation.rejected'", [organisationId]);
    expect(rows).toEqual([{ actor_id: advisor.id, data: { reason: "Kein Bezug zu Bayern erkennbar." } }]);
    await decideRegistration(db, advisor, organisationId, { verified: true });
    const [after] = await db
      .select({ verified: organisations.verified, reason: organisations.rejectionReason })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    expect(after).toEqual({ verified: true, reason: null });
  });

  it("returning a check makes it a draft again with the reason", async () => {
    const { checkId } = await submittedKommune([50]);
    await returnToKommune(db, advisor, checkId, "Bitte ergänzen Sie die Anmerkungen.");
    const [row] = await db.select({ status: checks.status, reason: checks.returnReason }).from(checks).where(eq(checks.id, checkId));
    expect(row).toEqual({ status: "draft", reason: "Bitte ergänzen Sie die Anmerkungen." });
  });
});
