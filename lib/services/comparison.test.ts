// Rule guarded: quartiles from the counted scores are exactly PostgreSQL's percentile_cont over the
// scores themselves, so the cached histograms give the same figures as sorting every answer.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { percentileFromCounts } from "./statewide";

/** percentile_cont as PostgreSQL defines it, on the sorted values. */
function percentileCont(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = sorted[Math.floor(position)]!;
  const upper = sorted[Math.ceil(position)]!;
  return lower + (upper - lower) * (position - Math.floor(position));
}

describe("percentileFromCounts", () => {
  it("equals percentile_cont for any multiset of scores", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 60 }), fc.constantFrom(0.25, 0.5, 0.75), (buckets, fraction) => {
        const counts = Array(11).fill(0);
        for (const bucket of buckets) counts[bucket] += 1;
        expect(percentileFromCounts(counts, fraction, 10)).toBeCloseTo(
          percentileCont(
            buckets.map((b) => b * 10),
            fraction,
          ),
          9,
        );
      }),
    );
  });
  it("gives the median of five as the third value", () => {
    const counts = Array(11).fill(0);
    counts[1] = 4; // four Kommunen at 10 %
    counts[6] = 1; // one at 60 %
    expect(percentileFromCounts(counts, 0.5, 10)).toBe(10);
  });
});
