// Rule guarded: the return path after sign-in never leads to another site (open redirect),
// however the browser would normalise it, and never breaks the redirect with a control character.
import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps paths inside the portal, with their query", () => {
    expect(safeReturnPath("/kommune/team")).toBe("/kommune/team");
    expect(safeReturnPath("/beratung/kommunen?seite=2&q=Markt")).toBe("/beratung/kommunen?seite=2&q=Markt");
  });
  it.each([
    "https://evil.example/",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r\n/evil.example",
    "\t//evil.example",
    "/%09/evil.example",
    "javascript:alert(1)",
    "",
    null,
    "/api/auth/signout",
    "/anmelden?weiter=/x",
  ])("drops %j", (value) => {
    const result = safeReturnPath(value);
    if (result !== null) {
      // A kept path must resolve to the portal itself, whatever a browser does with it.
      expect(new URL(result, "https://portal.example").origin).toBe("https://portal.example");
      expect(result).not.toMatch(/[\u0000-\u001f]/);
    } else {
      expect(result).toBeNull();
    }
  });
  it("never returns a value that leaves the portal (property over odd inputs)", () => {
    const odd = ["/\t\t//evil.example", "/.//evil.example", "/x/../\t/evil.example", "/\u0000/evil", "/\u000b/evil.example", "/ /evil.example"];
    for (const value of odd) {
      const result = safeReturnPath(value);
      if (result === null) continue;
      expect(new URL(result, "https://portal.example").origin).toBe("https://portal.example");
      expect(result.startsWith("//")).toBe(false);
      expect(result).not.toMatch(/[\u0000-\u001f]/);
    }
  });
});
