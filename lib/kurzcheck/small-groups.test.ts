// Rule guarded (issue 16): no group of Kommunen can be worked out by subtraction from the totals.
// 8 Kommunen in all, Schwaben 7 shown and Oberbayern 1 hidden would reveal the one; so Schwaben is hidden too.
import { describe, expect, it } from "vitest";
import { suppressComplementary, type GroupFigure } from "./small-groups";

const group = (key: string, count: number, averageIndex: number | null): GroupFigure => ({
  key,
  label: key,
  count,
  averageIndex: count > 0 && count < 5 ? null : averageIndex,
  withheld: count > 0 && count < 5 ? "small" : null,
});

describe("suppressComplementary", () => {
  it("hides the next-smallest group when exactly one is hidden", () => {
    const result = suppressComplementary([group("oberbayern", 1, 48), group("schwaben", 7, 53.6), group("niederbayern", 0, null)]);
    expect(result.map((g) => [g.key, g.withheld, g.averageIndex])).toEqual([
      ["oberbayern", "small", null],
      ["schwaben", "complementary", null],
      ["niederbayern", null, null],
    ]);
  });
  it("keeps hiding the smallest shown groups until the hidden ones hold five Kommunen", () => {
    const result = suppressComplementary([group("a", 1, 0), group("b", 1, 0), group("c", 6, 50), group("d", 9, 60), group("e", 20, 40)]);
    expect(result.filter((g) => g.withheld).map((g) => g.key)).toEqual(["a", "b", "c"]);
  });
  it("changes nothing when no group is small", () => {
    const input = [group("a", 5, 50), group("b", 12, 40), group("c", 0, null)];
    expect(suppressComplementary(input)).toEqual(input);
  });
  it("never leaves a single hidden group recoverable", () => {
    for (let seed = 0; seed < 200; seed++) {
      const counts = Array.from({ length: 7 }, (_, i) => (seed * 7919 + i * 104729) % 13);
      const result = suppressComplementary(counts.map((c, i) => group(String(i), c, 50)));
      const hidden = result.filter((g) => g.withheld);
      const shownNonEmpty = result.filter((g) => !g.withheld && g.count > 0);
      if (hidden.length === 0) continue;
      // Either at least two hidden groups with five Kommunen together, or nothing left to hide.
      expect((hidden.length >= 2 && hidden.reduce((s, g) => s + g.count, 0) >= 5) || shownNonEmpty.length === 0).toBe(true);
    }
  });
});
