/**
 * Indicator values and own indicators (lib/services/indicators.ts says who may
 * do what). Every read and write names the Kommune; the figures of other
 * Kommunen leave this module only as counts and quartiles.
 */
import { and, asc, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { indicatorValues, ownIndicators } from "@/db/schema";
import { isUuid } from "@/lib/ids";
import type { IndicatorDirection, IndicatorUnit } from "@/lib/kurzcheck/indicator-set";
import type { OrganisationKind } from "@/lib/organisations";

export interface IndicatorValueRow {
  indicatorKey: string;
  year: number;
  value: number;
  source: string;
  note: string;
  updatedAt: Date;
}

export interface OwnIndicatorRow {
  id: string;
  name: string;
  definition: string;
  unit: IndicatorUnit;
  direction: IndicatorDirection;
  source: string;
}

export async function listIndicatorValues(db: Executor, organisationId: string): Promise<IndicatorValueRow[]> {
  return db
    .select({
      indicatorKey: indicatorValues.indicatorKey,
      year: indicatorValues.year,
      value: indicatorValues.value,
      source: indicatorValues.source,
      note: indicatorValues.note,
      updatedAt: indicatorValues.updatedAt,
    })
    .from(indicatorValues)
    .where(eq(indicatorValues.organisationId, organisationId))
    .orderBy(asc(indicatorValues.indicatorKey), asc(indicatorValues.year));
}

export async function listOwnIndicators(db: Executor, organisationId: string): Promise<OwnIndicatorRow[]> {
  const rows = await db
    .select({
      id: ownIndicators.id,
      name: ownIndicators.name,
      definition: ownIndicators.definition,
      unit: ownIndicators.unit,
      direction: ownIndicators.direction,
      source: ownIndicators.source,
    })
    .from(ownIndicators)
    .where(eq(ownIndicators.organisationId, organisationId))
    .orderBy(asc(ownIndicators.createdAt));
  return rows.map((row) => ({ ...row, unit: row.unit as IndicatorUnit, direction: row.direction as IndicatorDirection }));
}

/** A new own indicator, or null when the Kommune already has one of that name. */
export async function insertOwnIndicator(
  db: Executor,
  organisationId: string,
  indicator: Omit<OwnIndicatorRow, "id">,
  createdBy: string,
): Promise<{ id: string } | null> {
  const [row] = await db
    .insert(ownIndicators)
    .values({ organisationId, ...indicator, createdBy })
    .onConflictDoNothing()
    .returning({ id: ownIndicators.id });
  return row ?? null;
}

/** Stores values (a new year or a corrected one); the previous values come back for the audit log. */
export async function upsertIndicatorValues(
  db: Executor,
  organisationId: string,
  entries: readonly { indicatorKey: string; year: number; value: number; source: string; note: string }[],
  recordedBy: string,
): Promise<void> {
  if (!entries.length) return;
  await db
    .insert(indicatorValues)
    .values(entries.map((entry) => ({ organisationId, ...entry, recordedBy })))
    .onConflictDoUpdate({
      target: [indicatorValues.organisationId, indicatorValues.indicatorKey, indicatorValues.year],
      set: {
        value: sql`excluded.value`,
        source: sql`excluded.source`,
        note: sql`excluded.note`,
        recordedBy: sql`excluded.recorded_by`,
        updatedAt: sql`now()`,
      },
    });
}

export async function findIndicatorValue(db: Executor, organisationId: string, indicatorKey: string, year: number): Promise<{ value: number } | null> {
  const [row] = await db
    .select({ value: indicatorValues.value })
    .from(indicatorValues)
    .where(and(eq(indicatorValues.organisationId, organisationId), eq(indicatorValues.indicatorKey, indicatorKey), eq(indicatorValues.year, year)));
  return row ?? null;
}

/** Whether an own indicator of this id belongs to the Kommune. */
export async function ownIndicatorExists(db: Executor, organisationId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const [row] = await db
    .select({ id: ownIndicators.id })
    .from(ownIndicators)
    .where(and(eq(ownIndicators.organisationId, organisationId), eq(ownIndicators.id, id)));
  return Boolean(row);
}

export type PeerFigureRow = {
  indicator_key: string;
  year: number;
  n: number;
  q1: number | null;
  median: number | null;
  q3: number | null;
};

/**
 * Per core indicator and year, the values of the other verified Kommunen of
 * the same kind: how many, and their quartiles. The Kommune itself is never
 * in its own band.
 */
export async function peerFigures(db: Executor, organisationId: string, kind: OrganisationKind, keys: readonly string[]): Promise<PeerFigureRow[]> {
  if (!keys.length) return [];
  const result = await db.execute<PeerFigureRow>(sql`
    SELECT v.indicator_key, v.year::int AS year, count(*)::int AS n,
      percentile_cont(0.25) WITHIN GROUP (ORDER BY v.value)::float8 AS q1,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY v.value)::float8 AS median,
      percentile_cont(0.75) WITHIN GROUP (ORDER BY v.value)::float8 AS q3
    FROM indicator_values v
    JOIN organisations o ON o.id = v.organisation_id
    WHERE v.indicator_key = ANY(${sql.param([...keys])}::text[])
      AND o.verified AND o.kind = ${kind} AND o.id <> ${organisationId}
    GROUP BY v.indicator_key, v.year`);
  return result.rows;
}

export type StatewideIndicatorRow = {
  indicator_key: string;
  kind: OrganisationKind | null;
  year: number;
  n: number;
  q1: number;
  median: number;
  q3: number;
};

/** Per core indicator, its latest year with values, across all verified Kommunen and per kind. */
export async function statewideIndicatorRows(db: Executor, keys: readonly string[]): Promise<StatewideIndicatorRow[]> {
  const result = await db.execute<StatewideIndicatorRow>(sql`
    WITH latest AS (
      SELECT v.indicator_key, max(v.year) AS year FROM indicator_values v
      JOIN organisations o ON o.id = v.organisation_id AND o.verified
      WHERE v.indicator_key = ANY(${sql.param([...keys])}::text[])
      GROUP BY v.indicator_key
    )
    SELECT v.indicator_key, o.kind::text AS kind, l.year::int AS year, count(*)::int AS n,
      percentile_cont(0.25) WITHIN GROUP (ORDER BY v.value)::float8 AS q1,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY v.value)::float8 AS median,
      percentile_cont(0.75) WITHIN GROUP (ORDER BY v.value)::float8 AS q3
    FROM indicator_values v
    JOIN latest l ON l.indicator_key = v.indicator_key AND l.year = v.year
    JOIN organisations o ON o.id = v.organisation_id AND o.verified
    GROUP BY GROUPING SETS ((v.indicator_key, l.year, o.kind), (v.indicator_key, l.year))`);
  return result.rows;
}
