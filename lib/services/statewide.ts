/**
 * Statewide figures over the latest submitted check of each verified Kommune.
 * A group of fewer than 5 Kommunen is never shown, so no single Kommune can
 * be singled out; its row says it was withheld instead.
 */
import { sql } from "drizzle-orm";
import type { Executor } from "@/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { assertCan } from "@/lib/auth/permissions";
import { ITEM_KEYS, type ItemKey } from "@/lib/kurzcheck/keys";
import { ORGANISATION_KINDS, REGIERUNGSBEZIRKE } from "@/lib/organisations";

export const MIN_GROUP_SIZE = 5;

/** The latest submitted check per verified Kommune, with its index. */
const LATEST_CHECKS = sql`
  latest AS (
    SELECT DISTINCT ON (c.organisation_id) c.id, o.regierungsbezirk, o.kind
    FROM checks c JOIN organisations o ON o.id = c.organisation_id AND o.verified
    WHERE c.status IN ('submitted', 'in_review', 'released')
    ORDER BY c.organisation_id, c.submitted_at DESC
  ),
  indexed AS (
    SELECT l.id, l.regierungsbezirk, l.kind, avg(a.score) AS index
    FROM latest l JOIN answers a ON a.check_id = l.id
    GROUP BY l.id, l.regierungsbezirk, l.kind
  )`;

export interface GroupFigure {
  key: string;
  label: string;
  count: number;
  /** null when the group has fewer than MIN_GROUP_SIZE Kommunen. */
  averageIndex: number | null;
}

export interface ItemFigure {
  itemKey: ItemKey;
  mean: number;
  bands: { low: number; middle: number; high: number };
}

const round1 = (value: number) => Math.round(value * 10) / 10;

function groups<K extends string>(rows: { key: string; n: string; avg: string }[], labels: Record<K, string>): GroupFigure[] {
  return (Object.keys(labels) as K[]).map((key) => {
    const row = rows.find((r) => r.key === key);
    const count = Number(row?.n ?? 0);
    return { key, label: labels[key], count, averageIndex: row && count >= MIN_GROUP_SIZE ? round1(Number(row.avg)) : null };
  });
}

export async function statewideFigures(db: Executor, advisor: CurrentUser) {
  assertCan(advisor, "review.read");
  const [totals] = (await db.execute<{ n: string; avg: string | null }>(sql`WITH ${LATEST_CHECKS} SELECT count(*) AS n, avg(index) AS avg FROM indexed`)).rows;
  const total = Number(totals?.n ?? 0);
  const byDistrict = (await db.execute<{ key: string; n: string; avg: string }>(sql`WITH ${LATEST_CHECKS} SELECT regierungsbezirk AS key, count(*) AS n, avg(index) AS avg FROM indexed GROUP BY 1`)).rows;
  const byKind = (await db.execute<{ key: string; n: string; avg: string }>(sql`WITH ${LATEST_CHECKS} SELECT kind AS key, count(*) AS n, avg(index) AS avg FROM indexed GROUP BY 1`)).rows;
  const perItem = (
    await db.execute<{ item_key: ItemKey; mean: string; low: string; middle: string; high: string }>(sql`
      WITH ${LATEST_CHECKS}
      SELECT a.item_key, avg(a.score) AS mean,
             count(*) FILTER (WHERE a.score <= 30) AS low,
             count(*) FILTER (WHERE a.score BETWEEN 40 AND 60) AS middle,
             count(*) FILTER (WHERE a.score >= 70) AS high
      FROM latest l JOIN answers a ON a.check_id = l.id
      GROUP BY a.item_key`)
  ).rows;

  const enough = total >= MIN_GROUP_SIZE;
  const items: ItemFigure[] = enough
    ? ITEM_KEYS.map((itemKey) => {
        const row = perItem.find((r) => r.item_key === itemKey);
        return { itemKey, mean: round1(Number(row?.mean ?? 0)), bands: { low: Number(row?.low ?? 0), middle: Number(row?.middle ?? 0), high: Number(row?.high ?? 0) } };
      })
    : [];
  return {
    total,
    averageIndex: enough && totals?.avg !== null ? round1(Number(totals!.avg)) : null,
    items,
    weakest: [...items].sort((a, b) => a.mean - b.mean).slice(0, 3),
    byDistrict: groups(byDistrict, REGIERUNGSBEZIRKE),
    byKind: groups(byKind, ORGANISATION_KINDS),
  };
}

export type StatewideFigures = Awaited<ReturnType<typeof statewideFigures>>;
