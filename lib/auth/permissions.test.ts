// Rule guarded: rights come only from the permission table — members act in
// their own Kommune, owners also manage it, advisors read and review every
// Kommune but never write answers, only admins manage users.
import { describe, expect, it } from "vitest";
import { can, canIn, type Actor } from "./permissions";

const A = "org-a";
const B = "org-b";
const memberOfA: Actor = { role: "member", memberships: [{ organisationId: A, role: "member" }] };
const ownerOfA: Actor = { role: "member", memberships: [{ organisationId: A, role: "owner" }] };
const advisor: Actor = { role: "advisor", memberships: [] };
const admin: Actor = { role: "admin", memberships: [] };

describe("can", () => {
  it("lets a member work on the checks of their own Kommune only", () => {
    expect(can(memberOfA, "check.write", A)).toBe(true);
    expect(can(memberOfA, "check.read", B)).toBe(false);
    expect(can(memberOfA, "check.write", B)).toBe(false);
  });

  it("reserves team and settings to owners", () => {
    expect(can(memberOfA, "team.manage", A)).toBe(false);
    expect(can(memberOfA, "organisation.update", A)).toBe(false);
    expect(can(ownerOfA, "team.manage", A)).toBe(true);
    expect(can(ownerOfA, "organisation.update", A)).toBe(true);
    expect(can(ownerOfA, "team.manage", B)).toBe(false);
  });

  it("lets advisors read and review every Kommune but never write answers", () => {
    expect(can(advisor, "check.read", B)).toBe(true);
    expect(can(advisor, "review.write", A)).toBe(true);
    expect(can(advisor, "check.write", A)).toBe(false);
    expect(can(advisor, "users.manage")).toBe(false);
  });

  it("lets only admins manage users; nobody anonymous does anything", () => {
    expect(can(admin, "users.manage")).toBe(true);
    expect(can(ownerOfA, "users.manage")).toBe(false);
    expect(can(null, "check.read", A)).toBe(false);
  });
});

describe("canIn (the advisor assigned to a Kommune)", () => {
  const assignedAdvisor: Actor = { id: "advisor-1", role: "advisor", memberships: [] };
  const otherAdvisor: Actor = { id: "advisor-2", role: "advisor", memberships: [] };
  const adminActor: Actor = { id: "admin-1", role: "admin", memberships: [] };
  const kommuneA = { organisationId: A, assignedAdvisorId: "advisor-1" };

  it("lets the owner and the assigned advisor run a workshop; members only watch", () => {
    expect(canIn({ ...ownerOfA, id: "owner" }, "workshop.run", kommuneA)).toBe(true);
    expect(canIn(assignedAdvisor, "workshop.run", kommuneA)).toBe(true);
    expect(canIn(assignedAdvisor, "workshop.watch", kommuneA)).toBe(true);
    expect(canIn({ ...memberOfA, id: "member" }, "workshop.watch", kommuneA)).toBe(true);
    expect(canIn({ ...memberOfA, id: "member" }, "workshop.run", kommuneA)).toBe(false);
  });

  it("gives another advisor, an admin or another Kommune's owner nothing of the workshop", () => {
    for (const actor of [otherAdvisor, adminActor, { ...ownerOfA, id: "owner" }]) {
      const kommuneB = { organisationId: B, assignedAdvisorId: "advisor-1" };
      const target = actor === otherAdvisor || actor === adminActor ? kommuneA : kommuneB;
      expect(canIn(actor, "workshop.run", target)).toBe(false);
      expect(canIn(actor, "workshop.watch", target)).toBe(false);
    }
    // An admin who happens to be the assigned id is still no advisor; an unassigned Kommune has none.
    expect(canIn(adminActor, "workshop.run", { organisationId: A, assignedAdvisorId: "admin-1" })).toBe(false);
    expect(canIn(assignedAdvisor, "workshop.run", { organisationId: A, assignedAdvisorId: null })).toBe(false);
  });

  it("grants the assigned advisor nothing else: answers stay the Kommune's", () => {
    expect(canIn(assignedAdvisor, "check.write", kommuneA)).toBe(false);
    expect(canIn(assignedAdvisor, "perspective.manage", kommuneA)).toBe(false);
    expect(canIn(assignedAdvisor, "review.write", kommuneA)).toBe(true); // every advisor's right
  });
});
