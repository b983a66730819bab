// Rule guarded: the page a sign-in redirect comes back to is the one asked for, with its query,
// never Next.js's own cache key and never anything but a path of this portal.
import { describe, expect, it } from "vitest";
import { requestPathOf } from "./request-context";

describe("requestPathOf", () => {
  it("keeps path and query, drops Next.js's _rsc parameter", () => {
    expect(requestPathOf("/kommune/team")).toBe("/kommune/team");
    expect(requestPathOf("/beratung/kommunen?q=Markt&_rsc=1x2y")).toBe("/beratung/kommunen?q=Markt");
    expect(requestPathOf("/kommune?_rsc=abc")).toBe("/kommune");
  });

  it("gives nothing for absolute or odd request targets", () => {
    expect(requestPathOf(undefined)).toBeNull();
    expect(requestPathOf("http://evil.example/kommune")).toBeNull();
    expect(requestPathOf("*")).toBeNull();
  });
});
