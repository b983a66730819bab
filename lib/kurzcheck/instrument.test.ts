// Rules guarded: the instrument is complete and consistent — 13 items in the
// brochure's order, each linked to existing success factors, every factor
// measured by at least one item, and a next step for every item and band.
import { describe, expect, it } from "vitest";
import { SUCCESS_FACTORS, findFactor } from "./factors";
import { CHECK_ITEMS, getItem, itemsForFactor } from "./items";
import { ITEM_KEYS } from "./keys";
import { organisationKindKeys } from "@/lib/organisations";
import { TEMPLATES } from "@/lib/templates/content";
import { PATH_ORDER, twelveMonthPath } from "./path";
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

describe("the trial's result in a link", () => {
  it("carries every answer there and back, open items and the kind included", async () => {
    const { answersFromFragment, answersToFragment } = await import("./trial-storage");
    const answers = { beschluss: 0, leitbild: 100, konzept: 50, chefsache: 70 } as const;
    const fragment = answersToFragment(answers, "markt");
    expect(fragment).toBe("antworten=0-100-50-_-_-_-_-_-_-_-_-_-70&art=markt");
    expect(answersFromFragment(`#${fragment}`)).toEqual({ answers, kind: "markt" });
  });

  it("refuses a link that was tampered with", async () => {
    const { answersFromFragment } = await import("./trial-storage");
    for (const bad of [
      "antworten=55-0-0-0-0-0-0-0-0-0-0-0-0",
      "antworten=0-0",
      "antworten=1e1-0-0-0-0-0-0-0-0-0-0-0-0",
      "antworten=-0-0-0-0-0-0-0-0-0-0-0-0",
      "x=1",
      "",
    ]) {
      expect(answersFromFragment(bad), bad).toBeNull();
    }
  });
});

describe("the 12-month path", () => {
  it("orders every item once", () => {
    expect([...PATH_ORDER].sort()).toEqual([...ITEM_KEYS].sort());
  });

  it("is built from the answers: an item at 70 % or more is never on it, every open one is, the weakest first", () => {
    // Index in the middle band, but the concept already at 70 %: nobody is told to write a concept.
    const scores = {
      beschluss: 40,
      leitbild: 30,
      konzept: 70,
      stabsstelle: 60,
      querschnitt: 50,
      willkommen: 80,
      beteiligung: 20,
      netzwerk: 90,
      personal: 40,
      fortbildung: 30,
      angebote: 70,
      antidiskriminierung: 10,
      chefsache: 70,
    } as const;
    const path = twelveMonthPath(scores, "middle", "markt");
    const onPath = [...path.stages.flatMap((stage) => stage.steps.map((step) => step.item.key)), ...path.later.map((item) => item.key)];
    expect(onPath).not.toContain("konzept");
    expect(new Set(onPath)).toEqual(new Set(ITEM_KEYS.filter((key) => scores[key] < 70)));
    expect(path.stages[0]!.steps.map((step) => step.item.key)).toEqual(["leitbild", "beteiligung"]); // low items, in the order of the work
    expect(path.stages.at(-1)!.note).toMatch(/Bilanz/);
    for (const stage of path.stages) for (const step of stage.steps) expect(step.text).toBe(nextStepFor(step.item, step.band, "markt").text);
  });

  it("turns to indicators and reporting when every item is at 70 % or more", () => {
    const path = twelveMonthPath(Object.fromEntries(ITEM_KEYS.map((key) => [key, 80])), "high", null);
    expect(path.stages.flatMap((stage) => stage.steps)).toEqual([]);
    expect(path.stages.map((stage) => stage.note).join(" ")).toMatch(/Indikatoren/);
  });
});

describe("bands", () => {
  it("say in words what the code computes, also for an index between the item steps", async () => {
    const { bandOf, bandsExplained } = await import("./scoring");
    expect(bandOf(33.8).label).toBe("Am Anfang");
    expect(bandOf(35).label).toBe("Auf dem Weg");
    expect(bandOf(64.9).label).toBe("Auf dem Weg");
    expect(bandOf(65).label).toBe("Gut aufgestellt");
    const words = bandsExplained((value) => `${value} %`);
    expect(words).toContain("Am Anfang unter 35 %");
    expect(words).toContain("Auf dem Weg von 35 % bis unter 65 %");
    expect(words).toContain("Gut aufgestellt ab 65 %");
  });
});
