// Rule guarded: the return path after sign-in never leads to another site (open redirect).
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps paths inside the portal", () => {
    expect(safeReturnPath("/kommune/team")).toBe("/kommune/team");
  });
  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", null, "/api/auth/signout"])(
    "drops %s",
    (value) => {
      expect(safeReturnPath(value)).toBeNull();
    },
  );
});
