/**
 * The statewide figures and the comparison with similar Kommunen, as they are
 * read from PostgreSQL: one statement for the statewide table, one histogram
 * per group (kind, Regierungsbezirk) cached in group_figures for every app
 * instance. lib/services/statewide.ts shapes them and withholds small groups.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { groupFigures, organisations } from "@/db/schema";
import { ITEM_KEYS, type ItemKey } from "@/lib/kurzcheck/keys";

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

export type StatewideRow = {
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

/** The statewide rows: per item, per Regierungsbezirk, per kind and overall (GROUPING SETS). */
export async function statewideRows(db: Executor): Promise<StatewideRow[]> {
  return (await db.execute<StatewideRow>(STATEWIDE_QUERY)).rows;
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
export async function groupHistogram(db: Executor, column: "kind" | "regierungsbezirk", value: string): Promise<Histogram> {
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

/** Drops every cached group figure: a Kommune's kind or Regierungsbezirk changed, so two groups at least are stale. */
export async function invalidateAllGroupFigures(db: Executor): Promise<void> {
  await db.delete(groupFigures);
}

/** The groups a Kommune is compared in, and whether its own round counts in them (verified Kommunen only). */
export async function findComparisonSubject(db: Executor, organisationId: string) {
  const [row] = await db
    .select({
      id: organisations.id,
      kind: organisations.kind,
      regierungsbezirk: organisations.regierungsbezirk,
      verified: organisations.verified,
      ags: organisations.ags,
    })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row ?? null;
}
