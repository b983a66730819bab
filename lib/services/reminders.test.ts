// Rule guarded: one digest per person and ISO week — the week key follows ISO 8601 at year ends.
import { describe, expect, it } from "vitest";
import { isoWeek } from "./reminders";

describe("isoWeek", () => {
  it.each([
    ["2026-11-27", "2026-W48"],
    ["2026-11-23", "2026-W48"],
    ["2026-11-29", "2026-W48"],
    ["2021-01-03", "2020-W53"],
    ["2024-12-30", "2025-W01"],
    ["2026-01-01", "2026-W01"],
  ])("%s is %s", (day, week) => {
    expect(isoWeek(day)).toBe(week);
  });
});
