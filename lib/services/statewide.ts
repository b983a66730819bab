/**
 * Statewide figures over the latest submitted check of each verified Kommune.
 * A group of fewer than 5 Kommunen is never shown, so no single Kommune can
 * be singled out; its row says it was withheld instead. Because the overall
 * index is shown too, one withheld group could be worked out by subtraction:
 * further groups are withheld with it (complementary suppression).
 */
import type { Executor } from "@/db";
import { latestSubmittedRound } from "@/db/queries/checks";
import { findComparisonSubject, groupHistogram, statewideRows, type Histogram, type StatewideRow } from "@/db/queries/statewide";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { assertCan } from "@/lib/auth/permissions";
import { ITEM_KEYS, type ItemKey } from "@/lib/kurzcheck/keys";
import { MIN_GROUP_SIZE, suppressComplementary, type GroupFigure, type Quartiles } from "@/lib/kurzcheck/small-groups";
import { ORGANISATION_KIND_PLURALS, ORGANISATION_KINDS, REGIERUNGSBEZIRKE } from "@/lib/organisations";

export { MIN_GROUP_SIZE };

export interface ItemFigure {
  itemKey: ItemKey;
  mean: number;
  bands: { low: number; middle: number; high: number };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function groups<K extends string>(rows: { key: string; n: string; avg: string }[], labels: Record<K, string>): GroupFigure[] {
  const figures = (Object.keys(labels) as K[]).map((key): GroupFigure => {
    const row = rows.find((r) => r.key === key);
    const count = Number(row?.n ?? 0);
    const small = count > 0 && count < MIN_GROUP_SIZE;
    return { key, label: labels[key], count, averageIndex: row && !small ? round1(Number(row.avg)) : null, withheld: small ? "small" : null };
  });
  return suppressComplementary(figures);
}

export async function statewideFigures(db: Executor, advisor: CurrentUser) {
  assertCan(advisor, "review.read");
  const rows = await statewideRows(db);
  const kommunen = (row: StatewideRow | undefined) => Math.round(Number(row?.answers ?? 0) / ITEM_KEYS.length);
  // GROUPING() is 1 for a column aggregated away: the item rows have by_item = 0 and the others 1, and so on.
  const overall = rows.find((r) => r.by_item && r.by_district && r.by_kind);
  const perItem = rows.filter((r) => !r.by_item);
  const byDistrict = rows.filter((r) => !r.by_district).map((r) => ({ key: r.regierungsbezirk!, n: String(kommunen(r)), avg: r.mean }));
  const byKind = rows.filter((r) => !r.by_kind).map((r) => ({ key: r.kind!, n: String(kommunen(r)), avg: r.mean }));
  const total = kommunen(overall);
  const totals = overall ? { avg: overall.mean } : undefined;
  const enough = total >= MIN_GROUP_SIZE;
  const items: ItemFigure[] = enough
    ? ITEM_KEYS.map((itemKey) => {
        const row = perItem.find((r) => r.item_key === itemKey);
        return {
          itemKey,
          mean: round1(Number(row?.mean ?? 0)),
          bands: { low: Number(row?.low ?? 0), middle: Number(row?.middle ?? 0), high: Number(row?.high ?? 0) },
        };
      })
    : [];
  return {
    total,
    averageIndex: enough && totals ? round1(Number(totals.avg)) : null,
    items,
    weakest: [...items].sort((a, b) => a.mean - b.mean).slice(0, 3),
    byDistrict: groups(byDistrict, REGIERUNGSBEZIRKE),
    byKind: groups(byKind, ORGANISATION_KINDS),
  };
}

export type StatewideFigures = Awaited<ReturnType<typeof statewideFigures>>;

// ---- comparison with similar Kommunen ---------------------------------------------

export type { Quartiles };

export interface ComparisonGroup {
  key: "kind" | "district";
  label: string;
  /** Other Kommunen in the group (the Kommune itself never counts). */
  count: number;
  /** null when fewer than MIN_GROUP_SIZE other Kommunen: "zu wenige Vergleichswerte". */
  index: Quartiles | null;
  items: Partial<Record<ItemKey, Quartiles>> | null;
}

/**
 * A percentile of the values a histogram counts (value of bucket i = i ×
 * `step`), interpolated as PostgreSQL's percentile_cont does.
 */
export function percentileFromCounts(counts: readonly number[], fraction: number, step: number): number {
  const total = counts.reduce((sum, n) => sum + n, 0);
  const position = fraction * (total - 1);
  const valueAt = (rank: number) => {
    let seen = 0;
    for (let bucket = 0; bucket < counts.length; bucket++) {
      seen += counts[bucket]!;
      if (rank < seen) return bucket * step;
    }
    return (counts.length - 1) * step;
  };
  const lower = valueAt(Math.floor(position));
  const upper = valueAt(Math.ceil(position));
  return lower + (upper - lower) * (position - Math.floor(position));
}

function quartilesOf(counts: readonly number[], step: number, divisor = 1): Quartiles {
  const at = (fraction: number) => round1(percentileFromCounts(counts, fraction, step) / divisor);
  return { q1: at(0.25), median: at(0.5), q3: at(0.75) };
}

/** A histogram without one round's scores: the Kommune's own answers never enter its comparison. */
function without(histogram: Histogram, own: { scores: Partial<Record<ItemKey, number | null>>; complete: boolean } | null): Histogram {
  if (!own?.complete) return histogram;
  const items = Object.fromEntries(
    Object.entries(histogram.items).map(([key, counts]) => {
      const score = own.scores[key as ItemKey];
      return [key, counts.map((n, bucket) => (score !== null && score !== undefined && bucket === score / 10 ? Math.max(0, n - 1) : n))];
    }),
  );
  const sum = ITEM_KEYS.reduce((total, key) => total + (own.scores[key] ?? 0), 0) / 10;
  return { kommunen: Math.max(0, histogram.kommunen - 1), items, sums: histogram.sums.map((n, bucket) => (bucket === sum ? Math.max(0, n - 1) : n)) };
}

/**
 * The figures of Kommunen like this one: the same kind across Bavaria, and
 * the same Regierungsbezirk — the latest submitted round of every other
 * verified Kommune. Median and quartiles per item and of the index; groups
 * with fewer than MIN_GROUP_SIZE other Kommunen show nothing.
 */
export async function comparisonFigures(db: Executor, user: CurrentUser, organisationId: string): Promise<ComparisonGroup[]> {
  assertCan(user, "check.read", organisationId);
  const organisation = await findComparisonSubject(db, organisationId);
  if (!organisation) return [];
  const latest = await latestSubmittedRound(db, organisationId);
  // The Kommune is in its groups' histograms only as a verified Kommune with a submitted round.
  const own =
    latest && organisation.verified
      ? {
          scores: Object.fromEntries(latest.answers.map((a) => [a.itemKey, a.score])),
          complete: latest.answers.filter((a) => a.score !== null).length === ITEM_KEYS.length,
        }
      : null;
  const group = (key: "kind" | "district", label: string, histogram: Histogram): ComparisonGroup => {
    const others = without(histogram, own);
    if (others.kommunen < MIN_GROUP_SIZE) return { key, label, count: others.kommunen, index: null, items: null };
    return {
      key,
      label,
      count: others.kommunen,
      index: quartilesOf(others.sums, 10, ITEM_KEYS.length),
      items: Object.fromEntries(ITEM_KEYS.map((item) => [item, quartilesOf(others.items[item]!, 10)])),
    };
  };
  const [byKind, byDistrict] = await Promise.all([
    groupHistogram(db, "kind", organisation.kind),
    groupHistogram(db, "regierungsbezirk", organisation.regierungsbezirk),
  ]);
  return [
    group("kind", `${ORGANISATION_KIND_PLURALS[organisation.kind]} in Bayern`, byKind),
    group("district", `Kommunen in ${REGIERUNGSBEZIRKE[organisation.regierungsbezirk]}`, byDistrict),
  ];
}
