/**
 * Statewide figures over the latest submitted check of each verified Kommune.
 * A group of fewer than 5 Kommunen is never shown, so no single Kommune can
 * be singled out; its row says it was withheld instead. Because the overall
 * index is shown too, one withheld group could be worked out by subtraction:
 * further groups are withheld with it (complementary suppression).
 */
import { and, eq, sql } from "drizzle-orm";
import { groupFigures, organisations } from "@/db/schema";
import { latestSubmittedRound } from "@/db/queries/checks";
import type { Executor } from "@/db";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { assertCan } from "@/lib/auth/permissions";
import { ITEM_KEYS, type ItemKey } from "@/lib/kurzcheck/keys";
import { MIN_GROUP_SIZE, suppressComplementary, type GroupFigure } from "@/lib/kurzcheck/small-groups";
import { ORGANISATION_KIND_PLURALS, ORGANISATION_KINDS, REGIERUNGSBEZIRKE } from "@/lib/organisations";

export { MIN_GROUP_SIZE };


/**
 * Everything in one statement: the latest submitted check of each verified
 * Kommune (one index probe per Kommune on checks_latest_submitted_idx, index-only), its
 * answers, aggregated by item, district, kind and overall at once. A submitted
 * check has all 13 answers, so a group's mean over its answers equals the mean
 * of its Kommunen's indexes, and its number of Kommunen is answers / 13.
 */
export const STATEWIDE_QUERY = sql`
  WITH latest AS MATERIALIZED (
    SELECT o.regierungsbezirk, o.kind, l.id
    FROM organisations o
    CROSS JOIN LATERAL (
      SELECT c.id FROM checks c
      WHERE c.organisation_id = o.id AND c.status <> 'draft'
      ORDER BY c.submitted_at DESC NULLS LAST LIMIT 1 -- the order of checks_latest_submitted_idx
    ) l
    WHERE o.verified
  )
  SELECT GROUPING(a.item_key) AS by_item, GROUPING(l.regierungsbezirk) AS by_district, GROUPING(l.kind) AS by_kind,
         a.item_key, l.regierungsbezirk, l.kind,
         count(*) AS answers, avg(a.score) AS mean,
         count(*) FILTER (WHERE a.score <= 30) AS low,
         count(*) FILTER (WHERE a.score BETWEEN 40 AND 60) AS middle,
         count(*) FILTER (WHERE a.score >= 70) AS high
  FROM latest l
  -- Per latest check, its 13 scores from answers_check_scores_idx (index-only). The LIMIT (a check has
  -- at most 13 answers) keeps the planner from flattening this into a hash join over all answers.
  CROSS JOIN LATERAL (SELECT item_key, score FROM answers WHERE check_id = l.id LIMIT ${ITEM_KEYS.length}) a
  GROUP BY GROUPING SETS ((a.item_key), (l.regierungsbezirk), (l.kind), ())`;

type StatewideRow = {
  by_item: number;
  by_district: number;
  by_kind: number;
  item_key: ItemKey | null;
  regierungsbezirk: string | null;
  kind: string | null;
  answers: string;
  mean: string;
  low: string;
  middle: string;
  high: string;
};

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
  const rows = (await db.execute<StatewideRow>(STATEWIDE_QUERY)).rows;
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
        return { itemKey, mean: round1(Number(row?.mean ?? 0)), bands: { low: Number(row?.low ?? 0), middle: Number(row?.middle ?? 0), high: Number(row?.high ?? 0) } };
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

/** Quartiles of a group: the lower quartile, the median, the upper quartile. */
export interface Quartiles {
  q1: number;
  median: number;
  q3: number;
}

export interface ComparisonGroup {
  key: "kind" | "district";
  label: string;
  /** Other Kommunen in the group (the Kommune itself never counts). */
  count: number;
  /** null when fewer than MIN_GROUP_SIZE other Kommunen: "zu wenige Vergleichswerte". */
  index: Quartiles | null;
  items: Partial<Record<ItemKey, Quartiles>> | null;
}

/** Counts per value: scores are on the 10-step grid (11 values), a round's score sum on 131 (0, 10, …, 1300). */
export interface Histogram {
  kommunen: number;
  /** Per item, counts of the scores 0, 10, …, 100. */
  items: Record<string, number[]>;
  /** Counts of the sum of a round's 13 scores, in steps of 10 (index = sum / 13). */
  sums: number[];
}

const FIGURES_MAX_AGE_MINUTES = 15;

/**
 * One group's histogram, from the latest submitted round of each verified
 * Kommune in it; counting instead of sorting keeps it one pass.
 */
export const GROUP_HISTOGRAM_QUERY = (column: "kind" | "regierungsbezirk", value: string) => sql`
  WITH latest AS MATERIALIZED (
    SELECT l.id FROM organisations o
    CROSS JOIN LATERAL (
      SELECT c.id FROM checks c
      WHERE c.organisation_id = o.id AND c.status <> 'draft'
      ORDER BY c.submitted_at DESC NULLS LAST LIMIT 1
    ) l
    WHERE o.verified AND ${sql.identifier(column)}::text = ${value}
  ), scored AS MATERIALIZED (
    SELECT l.id, a.item_key, a.score FROM latest l
    CROSS JOIN LATERAL (SELECT item_key, score FROM answers WHERE check_id = l.id LIMIT ${ITEM_KEYS.length}) a
  )
  SELECT item_key::text AS item_key, score::int AS value, count(*)::int AS n FROM scored GROUP BY item_key, score
  UNION ALL
  SELECT NULL, score_sum, count(*)::int FROM (
    SELECT (sum(score) / 10)::int AS score_sum FROM scored GROUP BY id HAVING count(score) = ${ITEM_KEYS.length}
  ) rounds GROUP BY score_sum`;

async function computeHistogram(db: Executor, column: "kind" | "regierungsbezirk", value: string): Promise<Histogram> {
  const rows = (await db.execute<{ item_key: string | null; value: number; n: number }>(GROUP_HISTOGRAM_QUERY(column, value))).rows;
  const histogram: Histogram = { kommunen: 0, items: Object.fromEntries(ITEM_KEYS.map((key) => [key, Array(11).fill(0)])), sums: Array(131).fill(0) };
  for (const row of rows) {
    if (row.item_key !== null) histogram.items[row.item_key]![row.value / 10] = row.n;
    else {
      histogram.sums[row.value] = row.n;
      histogram.kommunen += row.n;
    }
  }
  return histogram;
}

/** A group's histogram from the shared cache, recomputed when missing or older than a quarter of an hour. */
async function groupHistogram(db: Executor, column: "kind" | "regierungsbezirk", value: string): Promise<Histogram> {
  const key = `${column === "kind" ? "kind" : "district"}:${value}`;
  const [cached] = await db
    .select({ histogram: groupFigures.histogram })
    .from(groupFigures)
    .where(and(eq(groupFigures.key, key), sql`${groupFigures.computedAt} > now() - make_interval(mins => ${FIGURES_MAX_AGE_MINUTES})`));
  if (cached) return cached.histogram;
  const histogram = await computeHistogram(db, column, value);
  await db
    .insert(groupFigures)
    .values({ key, histogram })
    .onConflictDoUpdate({ target: groupFigures.key, set: { histogram, computedAt: sql`now()` } });
  return histogram;
}

/** Drops the cached figures of the groups a Kommune belongs to: its round changed (submitted, returned, verified). */
export async function invalidateGroupFigures(db: Executor, organisationId: string): Promise<void> {
  await db.execute(sql`
    DELETE FROM group_figures WHERE key IN (
      SELECT 'kind:' || kind::text FROM organisations WHERE id = ${organisationId}
      UNION ALL SELECT 'district:' || regierungsbezirk::text FROM organisations WHERE id = ${organisationId})`);
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
  const [organisation] = await db
    .select({ id: organisations.id, kind: organisations.kind, regierungsbezirk: organisations.regierungsbezirk, verified: organisations.verified })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!organisation) return [];
  const latest = await latestSubmittedRound(db, organisationId);
  // The Kommune is in its groups' histograms only as a verified Kommune with a submitted round.
  const own = latest && organisation.verified ? { scores: Object.fromEntries(latest.answers.map((a) => [a.itemKey, a.score])), complete: latest.answers.filter((a) => a.score !== null).length === ITEM_KEYS.length } : null;
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
  const [byKind, byDistrict] = await Promise.all([groupHistogram(db, "kind", organisation.kind), groupHistogram(db, "regierungsbezirk", organisation.regierungsbezirk)]);
  return [
    group("kind", `${ORGANISATION_KIND_PLURALS[organisation.kind]} in Bayern`, byKind),
    group("district", `Kommunen in ${REGIERUNGSBEZIRKE[organisation.regierungsbezirk]}`, byDistrict),
  ];
}
