// Rules guarded: the instrument is complete and consistent — 13 items in the
// brochure's order, each linked to existing success factors, every factor
// measured by at least one item, and a next step for every item and band.
import { describe, expect, it } from "vitest";
import { SUCCESS_FACTORS, findFactor } from "./factors";
import { CHECK_ITEMS, getItem, itemsForFactor } from "./items";
import { ITEM_KEYS } from "./keys";
import { organisationKindKeys } from "@/lib/organisations";
import { TEMPLATES } from "@/lib/templates/content";
import { BAND_PATHS } from "./item-guidance";
import { anchorsOf, legalDutyNotice, nextStepFor } from "./next-steps";
import { BANDS } from "./scoring";

describe("the instrument", () => {
  it("has the 13 items of the paper, in order, numbered 1 to 13", () => {
    expect(CHECK_ITEMS.map((item) => item.key)).toEqual([
      "beschluss",
      "leitbild",
      "konzept",
      "stabsstelle",
      "querschnitt",
      "willkommen",
      "beteiligung",
      "netzwerk",
      "personal",
      "fortbildung",
      "angebote",
      "antidiskriminierung",
      "chefsache",
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

  it("has three anchors per item: what 0 %, 50 % and 100 % look like", () => {
    for (const item of CHECK_ITEMS) {
      const anchors = anchorsOf(item.key);
      const texts = [anchors.at0, anchors.at50, anchors.at100];
      for (const text of texts) expect(text.length, item.key).toBeGreaterThan(30);
      expect(new Set(texts).size, item.key).toBe(3);
    }
  });

  it("has a next step for every item, band and kind of Kommune, and a 12-month path per band", () => {
    const kinds = [null, ...organisationKindKeys];
    const bands = Object.keys(BANDS) as (keyof typeof BANDS)[];
    const general = CHECK_ITEMS.flatMap((item) => bands.map((band) => nextStepFor(item, band).text));
    expect(new Set(general).size).toBe(39);
    for (const item of CHECK_ITEMS) {
      for (const band of bands) {
        for (const kind of kinds) {
          const step = nextStepFor(item, band, kind);
          expect(step.text.length, `${item.key}/${band}/${kind}`).toBeGreaterThan(40);
          if (step.template)
            expect(
              TEMPLATES.map((template) => template.slug),
              `${item.key}/${band}/${kind}`,
            ).toContain(step.template);
        }
      }
    }
    for (const band of bands) expect(BAND_PATHS[band].stages.length).toBeGreaterThanOrEqual(3);
  });

  it("never advises a kreisangehörige Gemeinde to naturalise, nor the administration to recruit for party lists", () => {
    for (const item of CHECK_ITEMS) {
      for (const band of Object.keys(BANDS) as (keyof typeof BANDS)[]) {
        for (const kind of ["gemeinde", "markt", "stadt", "grosse_kreisstadt"] as const) {
          expect(nextStepFor(item, band, kind).text, `${item.key}/${band}/${kind}`).not.toMatch(/Einbürgerungsfeier|Einbürgerung im Rathaus/);
        }
        expect(nextStepFor(item, band).text).not.toMatch(/Wahllisten/);
      }
    }
  });

  it("flags a low score on the AGG complaints office as a legal duty", () => {
    expect(legalDutyNotice("antidiskriminierung", "low")).toMatch(/§ 13 AGG/);
    expect(legalDutyNotice("antidiskriminierung", "middle")).toBeNull();
    expect(legalDutyNotice("leitbild", "low")).toBeNull();
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
