// Rule guarded: rights come only from the permission table — members act in
// their own Kommune, owners also manage it, advisors read and review every
// Kommune but never write answers, only admins manage users.
import { describe, expect, it } from "vitest";
import { can, type Actor } from "./permissions";

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
