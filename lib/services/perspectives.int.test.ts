// Rules guarded (issue 13): a workshop is run by the Kommune's owner or by the
// advisor assigned to the Kommune — a data check, so another advisor, an
// admin or a plain member cannot start or end it, and a reassignment takes
// the right away at once; members and the assigned advisor watch the count;
// the listed count of a workshop is its number of submitted answers.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organisations, workshops } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { ITEM_KEYS, type Score } from "@/lib/kurzcheck/keys";
import { dbFor, testPool } from "@/lib/tooling/testing/db";
import { asCurrentUser, createOrganisation, createPerson, rejection } from "@/lib/tooling/testing/fixtures";
import { startOrOpenDraft } from "./checks";
import {
  endWorkshop,
  roundPerspectives,
  roundWorkshops,
  startWorkshop,
  submitWorkshopResponse,
  workshopForViewer,
  workshopOfKommune,
  workshopByCode,
  workshopProjection,
} from "./perspectives";

const pool = testPool();
const db = dbFor(pool);
afterAll(() => pool.end());

const answers = (score: Score) => Object.fromEntries(ITEM_KEYS.map((key) => [key, { score, note: "" }]));

/** The code of the AppError `work` is refused with (rejection fails the test when it succeeds). */
const refusal = async (work: Promise<unknown>) => (await rejection(work)).code;

let organisationId: string;
let checkId: string;
let owner: CurrentUser;
let member: CurrentUser;
let assigned: CurrentUser;
let otherAdvisor: CurrentUser;
let admin: CurrentUser;
let foreignOwner: CurrentUser;

beforeAll(async () => {
  organisationId = (await createOrganisation(db)).id;
  owner = await asCurrentUser(db, (await createPerson(db, { organisationId, membershipRole: "owner" })).id);
  member = await asCurrentUser(db, (await createPerson(db, { organisationId, membershipRole: "member" })).id);
  assigned = await asCurrentUser(db, (await createPerson(db, { role: "advisor" })).id);
  otherAdvisor = await asCurrentUser(db, (await createPerson(db, { role: "advisor" })).id);
  admin = await asCurrentUser(db, (await createPerson(db, { role: "admin" })).id);
  const foreign = await createOrganisation(db);
  foreignOwner = await asCurrentUser(db, (await createPerson(db, { organisationId: foreign.id, membershipRole: "owner" })).id);
  await db.update(organisations).set({ assignedAdvisorId: assigned.id }).where(eq(organisations.id, organisationId));
  checkId = await startOrOpenDraft(db, owner, organisationId);
});

describe("workshops run by the assigned advisor", () => {
  it("the assigned advisor starts, watches and ends a workshop; the Kommune's page lists it with its answers", async () => {
    const started = await startWorkshop(db, assigned, organisationId, checkId);
    // The owner's "Workshop starten" meets the running one: one open workshop per round.
    expect(await startWorkshop(db, owner, organisationId, checkId)).toEqual(started);
    for (const score of [30, 70] as Score[])
      await submitWorkshopResponse(db, await workshopByCode(db, started.code), { perspective: "sonstige", answers: answers(score) });

    expect((await workshopOfKommune(db, assigned, organisationId, started.id)).responses).toBe(2);
    expect((await workshopForViewer(db, member, started.id)).responses).toBe(2);
    expect((await roundWorkshops(db, assigned, organisationId, checkId)).map((w) => w.responses)).toEqual([2]);
    expect((await roundPerspectives(db, owner, organisationId, checkId)).workshops).toMatchObject([{ id: started.id, responses: 2, endedAt: null }]);

    await endWorkshop(db, assigned, organisationId, started.id);
    const { workshop, counts } = await workshopProjection(db, assigned, organisationId, started.id);
    expect(workshop.endedAt).not.toBeNull();
    expect(counts![ITEM_KEYS[0]!][3]).toBe(1);
    expect(counts![ITEM_KEYS[0]!][7]).toBe(1);
    const [audit] = (await pool.query("SELECT actor_id FROM audit_log WHERE entity_id = $1 AND action = 'workshop.ended'", [started.id])).rows;
    expect(audit.actor_id).toBe(assigned.id);
  });

  it("another advisor, an admin, a member and another Kommune's owner neither start, end nor watch it", async () => {
    const { id } = await startWorkshop(db, owner, organisationId, checkId);
    for (const [who, user] of [
      ["other advisor", otherAdvisor],
      ["admin", admin],
      ["foreign owner", foreignOwner],
    ] as const) {
      expect(await refusal(startWorkshop(db, user, organisationId, checkId)), who).toBe("not_found");
      expect(await refusal(endWorkshop(db, user, organisationId, id)), who).toBe("not_found");
      expect(await refusal(workshopForViewer(db, user, id)), who).toBe("not_found");
      expect(await refusal(workshopProjection(db, user, organisationId, id)), who).toBe("not_found");
      expect(await refusal(roundWorkshops(db, user, organisationId, checkId)), who).toBe("not_found");
    }
    // A member watches but does not run the workshop.
    expect(await refusal(endWorkshop(db, member, organisationId, id))).toBe("forbidden");
    // The Kommune of the page must be the workshop's: a foreign owner's own Kommune does not open it.
    expect(await refusal(workshopOfKommune(db, foreignOwner, foreignOwner.memberships[0]!.organisationId, id))).toBe("not_found");
    const [row] = await db.select({ endedAt: workshops.endedAt }).from(workshops).where(eq(workshops.id, id));
    expect(row!.endedAt).toBeNull();
    await endWorkshop(db, owner, organisationId, id);
  });

  it("a reassignment takes the right away at once", async () => {
    await db.update(organisations).set({ assignedAdvisorId: otherAdvisor.id }).where(eq(organisations.id, organisationId));
    try {
      expect(await refusal(startWorkshop(db, assigned, organisationId, checkId))).toBe("not_found");
      const { id } = await startWorkshop(db, otherAdvisor, organisationId, checkId);
      expect(await refusal(workshopForViewer(db, assigned, id))).toBe("not_found");
      await endWorkshop(db, otherAdvisor, organisationId, id);
    } finally {
      await db.update(organisations).set({ assignedAdvisorId: assigned.id }).where(eq(organisations.id, organisationId));
    }
  });
});
