// Rules guarded: the index is the mean of all 13 answers and exists only when
// all are answered; bands are 0–30, 40–60, 70–100; invalid answers never count.
import { formatPercent } from "@/lib/format";
import { describe, expect, it } from "vitest";
import { answerSchema } from "@/lib/validation/check";
import { ITEM_KEYS, type Score } from "./keys";
import { bandOf, computeResult, countAnswered, type AnswerScores } from "./scoring";
import { parseTrialAnswers } from "./trial-storage";

const all = (score: Score): AnswerScores => Object.fromEntries(ITEM_KEYS.map((key) => [key, score]));

describe("computeResult", () => {
  it("gives no index until all 13 items are answered", () => {
    const partial = { ...all(50), chefsache: null };
    const result = computeResult(partial);
    expect(result.answered).toBe(12);
    expect(result.complete).toBe(false);
    expect(result.index).toBeNull();
    expect(result.band).toBeNull();
  });

  it("is the mean of the 13 answers, to one decimal", () => {
    const scores = [80, 60, 40, 70, 30, 60, 50, 70, 20, 30, 40, 10, 90] as Score[];
    const answers = Object.fromEntries(ITEM_KEYS.map((key, i) => [key, scores[i]])) as AnswerScores;
    const result = computeResult(answers);
    expect(result.complete).toBe(true);
    expect(result.index).toBe(50); // 650 / 13
    const uneven = computeResult({ ...all(0), beschluss: 100 });
    expect(uneven.index).toBe(7.7); // 100 / 13 = 7.69…
  });

  it("spans 0 to 100", () => {
    expect(computeResult(all(0)).index).toBe(0);
    expect(computeResult(all(100)).index).toBe(100);
  });

  it("ignores values outside the scale instead of counting them", () => {
    const tampered = { ...all(50), leitbild: 55 as Score, konzept: 110 as Score };
    expect(countAnswered(tampered)).toBe(11);
    expect(computeResult(tampered).index).toBeNull();
  });
});

describe("bands", () => {
  it.each([
    [0, "low"],
    [30, "low"],
    [34.9, "low"],
    [35, "middle"],
    [40, "middle"],
    [60, "middle"],
    [64.9, "middle"],
    [65, "high"],
    [70, "high"],
    [100, "high"],
  ])("%d %% is %s", (value, band) => {
    expect(bandOf(value).key).toBe(band);
  });
});

describe("formatPercent", () => {
  it("writes German numbers with a narrow no-break space before the percent sign", () => {
    expect(formatPercent(70)).toBe("70\u202f%");
    expect(formatPercent(46.2)).toBe("46,2\u202f%");
  });
});

describe("answerSchema", () => {
  it("accepts a scale value from a form field and an open item", () => {
    expect(answerSchema.parse({ itemKey: "leitbild", score: "70", note: "Leitbild 2019" })).toEqual({
      itemKey: "leitbild",
      score: 70,
      note: "Leitbild 2019",
    });
    expect(answerSchema.parse({ itemKey: "leitbild", score: "" }).score).toBeNull();
  });

  it.each([["55"], ["110"], ["-10"], ["abc"], [7.5]])("rejects the score %s with a German message", (score) => {
    const result = answerSchema.safeParse({ itemKey: "leitbild", score });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/0\s%\sund 100\s%/);
  });

  it("rejects an unknown item and a note over 2,000 characters", () => {
    expect(answerSchema.safeParse({ itemKey: "hausaufgaben", score: "50" }).error?.issues[0]?.message).toBe("Diese Frage gibt es im Kurz-Check nicht.");
    expect(answerSchema.safeParse({ itemKey: "leitbild", score: "50", note: "x".repeat(2001) }).error?.issues[0]?.message).toMatch(/höchstens 2\.000 Zeichen/);
  });
});

describe("parseTrialAnswers", () => {
  it("keeps the valid answers of stored data and drops the rest", () => {
    const raw = JSON.stringify({ beschluss: 70, leitbild: 55, konzept: "x", fremd: 10, chefsache: 0 });
    expect(parseTrialAnswers(raw)).toEqual({ beschluss: 70, chefsache: 0 });
  });

  it("survives broken storage", () => {
    expect(parseTrialAnswers("{kaputt")).toEqual({});
    expect(parseTrialAnswers("null")).toEqual({});
    expect(parseTrialAnswers(null)).toEqual({});
  });
});
