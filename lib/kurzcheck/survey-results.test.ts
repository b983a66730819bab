// Rules guarded: "weiß nicht" counts as an answer but never in an index; a reversed statement
// (discrimination experienced) counts the other way round; areas and the overall index are means
// of what was scored; the residents' view sits beside the Kommune's own scores with the largest
// gap first; and the migration groups are shown together or not at all.
import { describe, expect, it } from "vitest";
import { surveyStatements } from "./survey";
import { besideSelfAssessment, showableGroups, suppressedCounts, surveyFigures } from "./survey-results";

const row = (statementKey: string, value: number, n: number) => ({ statementKey, value, n });

describe("surveyFigures", () => {
  it("indexes agreement 0–100 without 'weiß nicht', and counts it as answered", () => {
    const figures = surveyFigures(1, [row("w1", 5, 3), row("w1", 1, 1), row("w1", 0, 4)]);
    const w1 = figures.statements.find((statement) => statement.key === "w1")!;
    expect(w1.counts).toEqual({ 5: 3, 4: 0, 3: 0, 2: 0, 1: 1, 0: 4 });
    expect(w1.answered).toBe(8);
    expect(w1.index).toBe(75); // (3 × 100 + 1 × 0) / 4
    expect(figures.areas.find((area) => area.key === "willkommen")!.index).toBe(75);
  });

  it("counts a reversed statement the other way round", () => {
    const figures = surveyFigures(1, [row("d1", 5, 2), row("d2", 5, 2)]);
    expect(figures.statements.find((statement) => statement.key === "d1")!.index).toBe(0);
    expect(figures.statements.find((statement) => statement.key === "d2")!.index).toBe(100);
    expect(figures.areas.find((area) => area.key === "diskriminierung")!.index).toBe(50);
  });

  it("leaves an index empty where only 'weiß nicht' came, and ignores forged keys and values", () => {
    const figures = surveyFigures(1, [row("a1", 0, 5), row("x9", 5, 100), row("a2", 7, 100), row("b1", 3, 1)]);
    expect(figures.statements.find((statement) => statement.key === "a1")!.index).toBeNull();
    expect(figures.statements.find((statement) => statement.key === "a2")!.answered).toBe(0);
    expect(figures.areas.find((area) => area.key === "angebote")!.index).toBeNull();
    expect(figures.overall).toBe(50); // only the participation area has a score
    expect(figures.statements).toHaveLength(surveyStatements(1).length);
  });

  it("has no index at all without answers", () => {
    expect(surveyFigures(1, []).overall).toBeNull();
  });
});

describe("besideSelfAssessment", () => {
  it("sets each area beside the mean of its Kurz-Check items, the largest gap first", () => {
    const figures = surveyFigures(1, [row("w1", 2, 1), row("a1", 5, 1), row("b1", 4, 1), row("d2", 3, 1)]);
    const areas = besideSelfAssessment(1, figures, { willkommen: 90, angebote: 80, personal: 60, beteiligung: 70, antidiskriminierung: null });
    expect(areas[0]).toMatchObject({ area: "willkommen", own: 90, residents: 25, gap: 65 });
    expect(areas.find((area) => area.area === "angebote")).toMatchObject({ own: 70, residents: 100, gap: -30 });
    expect(areas.at(-1)).toMatchObject({ area: "diskriminierung", own: null, residents: 50, gap: null });
  });
});

describe("showableGroups", () => {
  it("shows both groups only when each, and the rest, is empty or large enough", () => {
    expect(showableGroups({ mit: 10, ohne: 10, rest: 0 }, 10)).toBe(true);
    expect(showableGroups({ mit: 10, ohne: 12, rest: 10 }, 10)).toBe(true);
    expect(showableGroups({ mit: 9, ohne: 30, rest: 0 }, 10)).toBe(false);
    expect(showableGroups({ mit: 30, ohne: 9, rest: 0 }, 10)).toBe(false);
    // a small rest would be total − mit − ohne: withheld too
    expect(showableGroups({ mit: 20, ohne: 20, rest: 3 }, 10)).toBe(false);
  });
});

describe("suppressedCounts", () => {
  it("withholds bands under the minimum, and a second one when one alone would be recoverable", () => {
    const rows = [
      { key: "a", n: 30 },
      { key: "b", n: 12 },
      { key: "c", n: 4 },
      { key: "d", n: 0 },
    ];
    expect(suppressedCounts(rows, 10)).toEqual([
      { key: "a", n: 30 },
      { key: "b", n: null },
      { key: "c", n: null },
      { key: "d", n: 0 },
    ]);
    expect(suppressedCounts([...rows.slice(0, 2), { key: "c", n: 4 }, { key: "e", n: 3 }], 10).map((row) => row.n)).toEqual([30, 12, null, null]);
    expect(
      suppressedCounts(
        [
          { key: "a", n: 10 },
          { key: "b", n: 11 },
        ],
        10,
      ).map((row) => row.n),
    ).toEqual([10, 11]);
  });
});
