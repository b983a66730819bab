/**
 * Statewide figures over the latest submitted check of each verified Kommune.
 * A group of fewer than 5 Kommunen is never shown, so no single Kommune can
 * be singled out; its row says it was withheld instead. Because the overall
 * index is shown too, one withheld group could be worked out by subtraction:
 * further groups are withheld with it (complementary suppression).
 */
import { eq, sql } from "drizzle-orm";
import { organisations } from "@/db/schema";
import type { Executor } from "@/db";
import type { CurrentUser } from "@/lib/auth/current-user";
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

/**
 * The figures of Kommunen like this one: the same kind across Bavaria, and
 * the same Regierungsbezirk — each the latest submitted round of every other
 * verified Kommune. One statement; the Kommune's own answers are never in its
 * comparison, so they cannot shift the figures it is shown. Groups with fewer
 * than MIN_GROUP_SIZE other Kommunen show nothing.
 */
export const COMPARISON_QUERY = (organisationId: string, kind: string, district: string) => sql`
  WITH latest AS MATERIALIZED (
    SELECT l.id, o.kind = ${kind} AS same_kind, o.regierungsbezirk = ${district} AS same_district
    FROM organisations o
    CROSS JOIN LATERAL (
      SELECT c.id FROM checks c
      WHERE c.organisation_id = o.id AND c.status <> 'draft'
      ORDER BY c.submitted_at DESC NULLS LAST LIMIT 1
    ) l
    WHERE o.verified AND o.id <> ${organisationId} AND (o.kind = ${kind} OR o.regierungsbezirk = ${district})
  ), scored AS MATERIALIZED (
    SELECT l.id, l.same_kind, l.same_district, a.item_key, a.score
    FROM latest l
    CROSS JOIN LATERAL (SELECT item_key, score FROM answers WHERE check_id = l.id LIMIT ${ITEM_KEYS.length}) a
  ), per_check AS (
    SELECT id, bool_or(same_kind) AS same_kind, bool_or(same_district) AS same_district, avg(score) AS idx FROM scored GROUP BY id
  )
  SELECT 'kind' AS grp, item_key::text, count(*)::int AS n,
         percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY score) AS q
  FROM scored WHERE same_kind GROUP BY item_key
  UNION ALL
  SELECT 'district', item_key::text, count(*)::int, percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY score)
  FROM scored WHERE same_district GROUP BY item_key
  UNION ALL
  SELECT 'kind', NULL, count(*)::int, percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY idx) FROM per_check WHERE same_kind
  UNION ALL
  SELECT 'district', NULL, count(*)::int, percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY idx) FROM per_check WHERE same_district`;

const quartiles = (values: readonly (string | number)[]): Quartiles => {
  const [q1, median, q3] = values.map((v) => round1(Number(v)));
  return { q1: q1!, median: median!, q3: q3! };
};

export async function comparisonFigures(db: Executor, user: CurrentUser, organisationId: string): Promise<ComparisonGroup[]> {
  assertCan(user, "check.read", organisationId);
  const [organisation] = await db
    .select({ id: organisations.id, kind: organisations.kind, regierungsbezirk: organisations.regierungsbezirk })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  if (!organisation) return [];
  const rows = (await db.execute<{ grp: "kind" | "district"; item_key: ItemKey | null; n: number; q: (string | number)[] }>(COMPARISON_QUERY(organisation.id, organisation.kind, organisation.regierungsbezirk))).rows;
  const group = (key: "kind" | "district", label: string): ComparisonGroup => {
    const overall = rows.find((r) => r.grp === key && r.item_key === null);
    const count = overall?.n ?? 0;
    if (!overall || count < MIN_GROUP_SIZE || !overall.q) return { key, label, count, index: null, items: null };
    const items = Object.fromEntries(rows.filter((r) => r.grp === key && r.item_key !== null).map((r) => [r.item_key!, quartiles(r.q)]));
    return { key, label, count, index: quartiles(overall.q), items };
  };
  return [group("kind", `${ORGANISATION_KIND_PLURALS[organisation.kind]} in Bayern`), group("district", `Kommunen in ${REGIERUNGSBEZIRKE[organisation.regierungsbezirk]}`)];
}
