// Rules guarded: the plan of measures never loses an edit silently (a stale version is refused and
// nothing is written), its "Verantwortlich" is a member of the same Kommune or a named office (a
// person of another Kommune is refused), another Kommune's measure does not exist, and advisors'
// comments stay invisible to the Kommune until they release them, all at once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { dbFor, testPool } from "@/lib/tooling/testing/db";
import { asCurrentUser, createOrganisation, createPerson, rejection } from "@/lib/tooling/testing/fixtures";
import type { MeasureInput } from "@/lib/validation/measures";
import { addAdvisorComment, createMeasure, getMeasure, loadPlan, releaseAdvisorComments, updateMeasure } from "./measures";

const pool = testPool();
const db = dbFor(pool);
afterAll(() => pool.end());

let owner: CurrentUser;
let colleague: CurrentUser;
let stranger: CurrentUser;
let advisor: CurrentUser;
let organisationId: string;

beforeAll(async () => {
  organisationId = (await createOrganisation(db)).id;
  owner = await asCurrentUser(db, (await createPerson(db, { organisationId, membershipRole: "owner" })).id);
  colleague = await asCurrentUser(db, (await createPerson(db, { organisationId, membershipRole: "member" })).id);
  const foreign = (await createOrganisation(db)).id;
  stranger = await asCurrentUser(db, (await createPerson(db, { organisationId: foreign, membershipRole: "owner" })).id);
  advisor = await asCurrentUser(db, (await createPerson(db, { role: "advisor" })).id);
});

function input(overrides: Partial<MeasureInput> = {}): MeasureInput {
  return {
    title: "Integrationsbeirat gründen",
    description: "",
    items: ["beteiligung"],
    responsible: { role: "Hauptamt" },
    dueOn: null,
    targetScore: 60,
    indicatorTarget: null,
    status: "planned",
    ...overrides,
  };
}

describe("measures", () => {
  it("refuses an edit made on an old version and keeps the newer one", async () => {
    const { id } = await createMeasure(db, owner, organisationId, input());
    await updateMeasure(db, colleague, organisationId, id, 1, input({ title: "Beirat: Satzung entwerfen", status: "in_progress" }));
    const stale = await rejection(updateMeasure(db, owner, organisationId, id, 1, input({ title: "Überschrieben?" })));
    expect(stale.code).toBe("conflict");
    const { measure } = await getMeasure(db, owner, organisationId, id);
    expect(measure).toMatchObject({ title: "Beirat: Satzung entwerfen", status: "in_progress", version: 2 });
  });

  it("refuses a responsible person of another Kommune, and writes nothing", async () => {
    const before = (await loadPlan(db, owner, organisationId)).total;
    const refused = await rejection(createMeasure(db, owner, organisationId, input({ responsible: { userId: stranger.id } })));
    expect(refused.code).toBe("invalid");
    expect(refused.fieldErrors?.verantwortlich?.[0]).toMatch(/nicht zu Ihrem Team/);
    expect((await loadPlan(db, owner, organisationId)).total).toBe(before);
    // A member of the same Kommune is fine.
    const { id } = await createMeasure(db, owner, organisationId, input({ responsible: { userId: colleague.id } }));
    expect((await getMeasure(db, owner, organisationId, id)).measure.responsibleUserId).toBe(colleague.id);
  });

  it("answers another Kommune's member 'not found' for reading and writing", async () => {
    const { id } = await createMeasure(db, owner, organisationId, input());
    expect((await rejection(getMeasure(db, stranger, organisationId, id))).code).toBe("not_found");
    expect((await rejection(updateMeasure(db, stranger, organisationId, id, 1, input()))).code).toBe("not_found");
    // Asking within one's own Kommune for the other's measure id finds nothing either.
    expect((await rejection(getMeasure(db, stranger, stranger.memberships[0]!.organisationId, id))).code).toBe("not_found");
  });

  it("shows advisors' comments to the Kommune only once released, all at once", async () => {
    const { id } = await createMeasure(db, owner, organisationId, input());
    await addAdvisorComment(db, advisor, organisationId, id, "Denken Sie an die Wahlordnung.");
    await addAdvisorComment(db, advisor, organisationId, id, "Gern unterstützen wir beim Entwurf.");
    expect((await getMeasure(db, owner, organisationId, id)).notes).toEqual([]);
    expect((await rejection(addAdvisorComment(db, owner, organisationId, id, "Selbst kommentiert"))).code).toBe("forbidden");
    expect((await rejection(releaseAdvisorComments(db, owner, organisationId))).code).toBe("forbidden");
    expect(await releaseAdvisorComments(db, advisor, organisationId)).toBe(2);
    const notes = (await getMeasure(db, owner, organisationId, id)).notes.map((note) => note.body);
    expect(notes).toEqual(expect.arrayContaining(["Denken Sie an die Wahlordnung.", "Gern unterstützen wir beim Entwurf."]));
    expect((await rejection(releaseAdvisorComments(db, advisor, organisationId))).code).toBe("invalid"); // nothing new to release
  });
});
