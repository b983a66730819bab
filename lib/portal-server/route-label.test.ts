import { describe, expect, it } from "vitest";
import { routeLabel } from "./route-label";

describe("routeLabel", () => {
  it("replaces ids, tokens and workshop codes, keeps the query out", () => {
    expect(routeLabel("/kommune/checks/4f0c2a9e-1b2c-4d3e-8f90-123456789abc/ergebnis?tab=1")).toBe("/kommune/checks/[id]/ergebnis");
    expect(routeLabel("/passwort-zuruecksetzen/AbCdEfGhIjKlMnOpQrStUvWxYz012345")).toBe("/passwort-zuruecksetzen/[token]");
    expect(routeLabel("/api/perspektive/AbCdEfGhIjKlMnOpQrStUvWxYz012345/antworten/leitbild")).toBe("/api/perspektive/[token]/antworten/leitbild");
    expect(routeLabel("/mitmachen/K7M2QX")).toBe("/mitmachen/[code]");
    expect(routeLabel("/mitmachen")).toBe("/mitmachen");
    expect(routeLabel("/_next/static/chunks/abc.js")).toBe("/_next/…");
    expect(routeLabel("/")).toBe("/");
  });

  it("counts every unknown path as one route", () => {
    expect(routeLabel("/wp-admin/setup.php", 404)).toBe("(nicht gefunden)");
  });
});
