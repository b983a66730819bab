// Rules guarded (issue 13): a perspective with fewer than three answers is shown only inside "alle";
// items whose perspectives' medians lie 30 points or more apart are marked and listed first.
import { describe, expect, it } from "vitest";
import { spreadOf, type SubmittedResponse } from "./perspectives";

const response = (perspective: SubmittedResponse["perspective"], beschluss: number, leitbild = 50): SubmittedResponse => ({
  perspective,
  scores: { beschluss, leitbild },
});

describe("spreadOf", () => {
  it("shows a perspective only from three answers on, and all answers together", () => {
    const spread = spreadOf(
      [response("verwaltungsspitze", 80), response("verwaltungsspitze", 90), response("ehrenamt", 20), response("ehrenamt", 30), response("ehrenamt", 40)],
      {},
    );
    const beschluss = spread.find((s) => s.itemKey === "beschluss")!;
    expect(beschluss.perspectives.verwaltungsspitze).toBeUndefined(); // two answers: only inside "alle"
    expect(beschluss.perspectives.ehrenamt).toEqual({ n: 3, median: 30, min: 20, max: 40 });
    expect(beschluss.all).toEqual({ n: 5, median: 40, min: 20, max: 90 });
  });

  it("marks items where medians lie 30 points apart and lists them first", () => {
    const answers = [...[80, 90, 100].map((s) => response("verwaltungsspitze", s, 50)), ...[20, 30, 40].map((s) => response("ehrenamt", s, 60))];
    const spread = spreadOf(answers, { beschluss: 70, leitbild: 60 });
    expect(spread[0]!.itemKey).toBe("beschluss");
    expect(spread[0]).toMatchObject({ gap: 60, discussion: true });
    expect(spread.find((s) => s.itemKey === "leitbild")).toMatchObject({ discussion: false });
  });

  it("compares the team with everyone when no perspective has three answers", () => {
    const spread = spreadOf([response("sonstige", 10), response("ehrenamt", 10), response("gemeinderat", 20)], { beschluss: 80 });
    expect(spread.find((s) => s.itemKey === "beschluss")).toMatchObject({ gap: 70, discussion: true });
  });
});

describe("describeDifference", () => {
  const format = (value: number) => `${value} %`;
  it("says that only the team differs when the perspectives agree", async () => {
    const { describeDifference, spreadOf } = await import("./perspectives");
    const responses = [20, 20, 30].map((score) => ({ perspective: "mitarbeitende" as const, scores: { leitbild: score } }));
    const item = spreadOf(responses, { leitbild: 90 }).find((spread) => spread.itemKey === "leitbild")!;
    expect(item.discussion).toBe(true);
    expect(describeDifference(item, "Ihr Team", format)).toBe(
      "Die Perspektiven liegen nah beieinander (Median 20 %); Ihr Team weicht mit 90 % um 70 Prozentpunkte davon ab.",
    );
  });

  it("names the two perspectives furthest apart when they disagree", async () => {
    const { describeDifference, spreadOf } = await import("./perspectives");
    const responses = [
      ...[80, 90, 90].map((score) => ({ perspective: "verwaltungsspitze" as const, scores: { leitbild: score } })),
      ...[10, 20, 20].map((score) => ({ perspective: "integrationsbeirat" as const, scores: { leitbild: score } })),
    ];
    const item = spreadOf(responses, { leitbild: 50 }).find((spread) => spread.itemKey === "leitbild")!;
    expect(describeDifference(item, "Ihr Team", format)).toBe(
      "Die Perspektiven selbst liegen 70 Prozentpunkte auseinander: Verwaltungsspitze 90 %, Integrationsbeirat / Migrant*innenorganisationen 20 %.",
    );
  });

  it("says nothing where nothing needs a conversation", async () => {
    const { describeDifference, spreadOf } = await import("./perspectives");
    const item = spreadOf(
      [40, 50, 60].map((score) => ({ perspective: "ehrenamt" as const, scores: { leitbild: score } })),
      { leitbild: 50 },
    )[0]!;
    expect(describeDifference(item, "Ihr Team", format)).toBeNull();
  });
});
