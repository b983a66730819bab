/** Queries on the plan of measures. The Kommune is a required argument and part of every WHERE. */
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { measureItems, measureNotes, measures, openMeasure, users, type MeasureStatus } from "@/db/schema";
import { isUuid } from "@/lib/ids";
import type { ItemKey } from "@/lib/kurzcheck/keys";

export interface MeasureFilter {
  status?: MeasureStatus;
  itemKey?: ItemKey;
  /** A member's id, or the exact text of a responsible office. */
  responsible?: string;
  overdueOn?: string;
}

const columns = {
  id: measures.id,
  title: measures.title,
  description: measures.description,
  responsibleUserId: measures.responsibleUserId,
  responsibleRole: measures.responsibleRole,
  responsibleName: users.name,
  dueOn: measures.dueOn,
  targetScore: measures.targetScore,
  targetIndicatorKey: measures.targetIndicatorKey,
  targetIndicatorValue: measures.targetIndicatorValue,
  status: measures.status,
  version: measures.version,
  createdAt: measures.createdAt,
  updatedAt: measures.updatedAt,
  items: sql<ItemKey[]>`coalesce((SELECT array_agg(mi.item_key ORDER BY mi.item_key) FROM ${measureItems} mi WHERE mi.measure_id = ${measures.id}), '{}')`,
};

/** The Kommune's measures, due first (none last), filtered in the database. */
export async function listMeasures(db: Executor, organisationId: string, filter: MeasureFilter = {}) {
  const conditions = [eq(measures.organisationId, organisationId)];
  if (filter.status) conditions.push(eq(measures.status, filter.status));
  if (filter.itemKey) conditions.push(sql`EXISTS (SELECT 1 FROM ${measureItems} mi WHERE mi.measure_id = ${measures.id} AND mi.item_key = ${filter.itemKey})`);
  if (filter.responsible) {
    conditions.push(isUuid(filter.responsible) ? eq(measures.responsibleUserId, filter.responsible) : eq(measures.responsibleRole, filter.responsible));
  }
  if (filter.overdueOn) conditions.push(sql`${measures.dueOn} < ${filter.overdueOn} AND ${openMeasure(measures.status)}`);
  const rows = await db
    .select(columns)
    .from(measures)
    .leftJoin(users, eq(users.id, measures.responsibleUserId))
    .where(and(...conditions))
    .orderBy(sql`${measures.dueOn} ASC NULLS LAST`, asc(measures.createdAt));
  // array_agg of an enum arrives as Postgres array text from node-postgres: "{a,b}".
  return rows.map((row) => ({ ...row, items: parseKeyArray(row.items) }));
}

function parseKeyArray(value: unknown): ItemKey[] {
  if (Array.isArray(value)) return value as ItemKey[];
  if (typeof value === "string")
    return value
      .replace(/^\{|\}$/g, "")
      .split(",")
      .filter(Boolean) as ItemKey[];
  return [];
}

export type MeasureRow = Awaited<ReturnType<typeof listMeasures>>[number];

/** One measure of the Kommune, or null (unknown, malformed or another Kommune's id). */
export async function findMeasure(db: Executor, organisationId: string, measureId: string, lock?: "update") {
  if (!isUuid(measureId)) return null;
  const query = db
    .select(columns)
    .from(measures)
    .leftJoin(users, eq(users.id, measures.responsibleUserId))
    .where(and(eq(measures.id, measureId), eq(measures.organisationId, organisationId)));
  const [row] = lock ? await query.for("update", { of: measures }) : await query;
  return row ? { ...row, items: parseKeyArray(row.items) } : null;
}

/** The notes under measures of the Kommune; advisors' comments only once released unless `withDrafts`. */
export async function listMeasureNotes(db: Executor, organisationId: string, measureIds: readonly string[], options: { withDrafts: boolean }) {
  if (measureIds.length === 0) return [];
  return db
    .select({
      id: measureNotes.id,
      measureId: measureNotes.measureId,
      body: measureNotes.body,
      fromAdvisor: measureNotes.fromAdvisor,
      released: measureNotes.released,
      createdAt: measureNotes.createdAt,
      authorName: users.name,
    })
    .from(measureNotes)
    .innerJoin(measures, eq(measures.id, measureNotes.measureId))
    .leftJoin(users, eq(users.id, measureNotes.authorId))
    .where(
      and(
        eq(measures.organisationId, organisationId),
        inArray(measureNotes.measureId, [...measureIds]),
        options.withDrafts ? undefined : eq(measureNotes.released, true),
      ),
    )
    .orderBy(asc(measureNotes.createdAt));
}

/** The Kommune's measures created within a period (the year between two rounds), oldest first. */
export async function listMeasuresCreatedBetween(db: Executor, organisationId: string, from: Date | null, until: Date) {
  const rows = await db
    .select(columns)
    .from(measures)
    .leftJoin(users, eq(users.id, measures.responsibleUserId))
    .where(
      and(
        eq(measures.organisationId, organisationId),
        from ? sql`${measures.createdAt} > ${from.toISOString()}` : undefined,
        sql`${measures.createdAt} <= ${until.toISOString()}`,
      ),
    )
    .orderBy(asc(measures.createdAt));
  return rows.map((row) => ({ ...row, items: parseKeyArray(row.items) }));
}

/** The columns of a measure as its form sets them. */
export type MeasureColumns = Pick<
  typeof measures.$inferInsert,
  "title" | "description" | "responsibleUserId" | "responsibleRole" | "dueOn" | "targetScore" | "targetIndicatorKey" | "targetIndicatorValue" | "status"
>;

/** A new measure of the Kommune with the items it serves; its id. */
export async function insertMeasure(
  db: Executor,
  organisationId: string,
  columns: MeasureColumns,
  items: readonly ItemKey[],
  createdBy: string,
): Promise<string> {
  const [created] = await db
    .insert(measures)
    .values({ organisationId, ...columns, createdBy })
    .returning({ id: measures.id });
  await db.insert(measureItems).values(items.map((itemKey) => ({ measureId: created!.id, itemKey })));
  return created!.id;
}

/** Rewrites a measure of the Kommune and its items; its version rises. */
export async function updateMeasureRow(
  db: Executor,
  organisationId: string,
  measureId: string,
  columns: MeasureColumns,
  items: readonly ItemKey[],
): Promise<void> {
  await db
    .update(measures)
    .set({ ...columns, version: sql`${measures.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(measures.id, measureId), eq(measures.organisationId, organisationId)));
  await db.delete(measureItems).where(eq(measureItems.measureId, measureId));
  await db.insert(measureItems).values(items.map((itemKey) => ({ measureId, itemKey })));
}

/** A note under a measure (the caller found the measure in its Kommune): the Kommune's progress, or an advisor's draft comment. */
export async function insertMeasureNote(
  db: Executor,
  note: { measureId: string; authorId: string; body: string; fromAdvisor?: boolean; released?: boolean },
): Promise<void> {
  await db.insert(measureNotes).values(note);
}

/** Releases the advisors' draft comments on a Kommune's plan; how many there were. */
export async function releaseMeasureComments(db: Executor, organisationId: string): Promise<number> {
  const rows = await db
    .update(measureNotes)
    .set({ released: true })
    .where(
      and(
        eq(measureNotes.released, false),
        sql`${measureNotes.measureId} IN (SELECT id FROM ${measures} WHERE ${measures.organisationId} = ${organisationId})`,
      ),
    )
    .returning({ id: measureNotes.id });
  return rows.length;
}

/** The Kommune's measures that aim at an indicator's value (deferred ones left out). */
export async function listIndicatorTargets(db: Executor, organisationId: string) {
  const rows = await db
    .select({ id: measures.id, title: measures.title, indicatorKey: measures.targetIndicatorKey, target: measures.targetIndicatorValue })
    .from(measures)
    .where(and(eq(measures.organisationId, organisationId), sql`${measures.targetIndicatorKey} IS NOT NULL`, sql`${measures.status} <> 'deferred'`))
    .orderBy(asc(measures.createdAt));
  return rows.map((row) => ({ id: row.id, title: row.title, indicatorKey: row.indicatorKey!, target: row.target! }));
}
