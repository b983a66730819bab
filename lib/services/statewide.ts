/**
 * Statewide figures over the latest submitted check of each verified Kommune.
 * A group of fewer than 5 Kommunen is never shown, so no single Kommune can
 * be singled out; its row says it was withheld instead. Because the overall
 * index is shown too, one withheld group could be worked out by subtraction:
 * further groups are withheld with it (complementary suppression).
 */
import { sql } from "drizzle-orm";
import type { Executor } from "@/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { assertCan } from "@/lib/auth/permissions";
import { ITEM_KEYS, type ItemKey } from "@/lib/kurzcheck/keys";
import { MIN_GROUP_SIZE, suppressComplementary, type GroupFigure } from "@/lib/kurzcheck/small-groups";
import { ORGANISATION_KINDS, REGIERUNGSBEZIRKE } from "@/lib/organisations";

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
