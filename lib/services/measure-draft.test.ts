// Rule guarded: a measure taken over from a next step gets a short title of its own and the step as
// its description, never the same sentence twice, for every item, band and kind.
import { describe, expect, it } from "vitest";
import { ITEM_KEYS, type Score } from "@/lib/kurzcheck/keys";
import { organisationKindKeys } from "@/lib/organisations";
import { measureDraftFromNextStep } from "./measures";

describe("measureDraftFromNextStep", () => {
  it("titles the measure shortly and keeps the whole step as its description", () => {
    for (const itemKey of ITEM_KEYS) {
      for (const score of [20, 50, 80] as Score[]) {
        for (const kind of [null, ...organisationKindKeys]) {
          const draft = measureDraftFromNextStep(itemKey, score, kind, "2026-12-06");
          const where = `${itemKey}/${score}/${kind}`;
          expect(draft.title.length, where).toBeLessThanOrEqual(90);
          expect(draft.title, where).not.toBe(draft.description);
          expect(draft.description.startsWith(draft.title) ? draft.description.length > draft.title.length + 10 : true, where).toBe(true);
          expect(draft.dueOn).toBe("2027-06-06");
        }
      }
    }
  });
});
