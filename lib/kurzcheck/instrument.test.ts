// Rules guarded: the instrument is complete and consistent — 13 items in the
// brochure's order, each linked to existing success factors, every factor
// measured by at least one item, and a next step for every item and band.
import { describe, expect, it } from "vitest";
import { SUCCESS_FACTORS, findFactor } from "./factors";
import { CHECK_ITEMS, getItem, itemsForFactor } from "./items";
import { ITEM_KEYS } from "./keys";
import { BANDS } from "./scoring";

describe("the instrument", () => {
  it("has the 13 items of the paper, in order, numbered 1 to 13", () => {
    expect(CHECK_ITEMS.map((item) => item.key)).toEqual([
      "beschluss", "leitbild", "konzept", "stabsstelle", "querschnitt", "willkommen", "beteiligung",
      "netzwerk", "personal", "fortbildung", "angebote", "antidiskriminierung", "chefsache",
    ]);
    expect(CHECK_ITEMS.map((item) => item.number)).toEqual(ITEM_KEYS.map((_, i) => i + 1));
  });

  it("asks every item as a question with an evidence hint", () => {
    for (const item of CHECK_ITEMS) {
      expect(item.question.trim().endsWith("?"), item.key).toBe(true);
      expect(item.evidence.length, item.key).toBeGreaterThan(20);
    }
    expect(new Set(CHECK_ITEMS.map((item) => item.question)).size).toBe(13);
  });

  it("links every item to at least one existing success factor", () => {
    for (const item of CHECK_ITEMS) {
      expect(item.factors.length, item.key).toBeGreaterThan(0);
      for (const slug of item.factors) expect(findFactor(slug), `${item.key} → ${slug}`).toBeDefined();
    }
  });

  it("measures every success factor of the brochure with at least one item", () => {
    expect(SUCCESS_FACTORS).toHaveLength(14);
    for (const factor of SUCCESS_FACTORS) expect(itemsForFactor(factor.slug).length, factor.slug).toBeGreaterThan(0);
  });

  it("has 39 distinct next steps: one per item and band", () => {
    const steps = CHECK_ITEMS.flatMap((item) => Object.keys(BANDS).map((band) => item.nextSteps[band as keyof typeof BANDS]));
    expect(steps).toHaveLength(39);
    expect(steps.every((step) => step.length > 40)).toBe(true);
    expect(new Set(steps).size).toBe(39);
  });

  it("gives every factor page its substance and a unique URL-safe slug", () => {
    expect(new Set(SUCCESS_FACTORS.map((f) => f.slug)).size).toBe(SUCCESS_FACTORS.length);
    for (const factor of SUCCESS_FACTORS) {
      expect(factor.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(factor.why.length).toBeGreaterThan(0);
      expect(factor.practice.length).toBeGreaterThan(1);
      expect(factor.firstSteps.length).toBeGreaterThan(1);
    }
  });

  it("finds an item by key", () => {
    expect(getItem("chefsache").number).toBe(13);
  });
});
