/**
 * Cross-Kommune queries for the advisors' workspace. Callers check the
 * advisor role first (lib/auth/guards); these never return password hashes.
 */
import { and, asc, count, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db";
import { containsPattern } from "@/db/like";
import { auditLog, checks, memberships, openMeasure, organisations, users, type CheckStatus } from "@/db/schema";
import { isUuid } from "@/lib/ids";
import type { OrganisationKind, Regierungsbezirk } from "@/lib/organisations";

export async function countChecksByStatus(db: Executor): Promise<Partial<Record<CheckStatus, number>>> {
  const rows = await db.select({ status: checks.status, n: count() }).from(checks).groupBy(checks.status);
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

/** Submitted checks waiting for an advisor, oldest first, and those already in review. */
export async function reviewQueue(db: Executor, limit = 25) {
  return db
    .select({
      id: checks.id,
      roundTitle: checks.roundTitle,
      status: checks.status,
      submittedAt: checks.submittedAt,
      organisationName: organisations.name,
      organisationId: organisations.id,
    })
    .from(checks)
    .innerJoin(organisations, eq(organisations.id, checks.organisationId))
    .where(inArray(checks.status, ["submitted", "in_review"]))
    .orderBy(desc(sql`${checks.status} = 'submitted'`), asc(checks.submittedAt))
    .limit(limit);
}

export async function countUnverifiedOrganisations(db: Executor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(organisations)
    .where(and(eq(organisations.verified, false), isNull(organisations.rejectedAt)));
  return row?.n ?? 0;
}

export async function unverifiedOrganisations(db: Executor, limit = 25) {
  return db
    .select({
      id: organisations.id,
      name: organisations.name,
      kind: organisations.kind,
      regierungsbezirk: organisations.regierungsbezirk,
      ags: organisations.ags,
      createdAt: organisations.createdAt,
    })
    .from(organisations)
    .where(and(eq(organisations.verified, false), isNull(organisations.rejectedAt)))
    .orderBy(asc(organisations.createdAt))
    .limit(limit);
}

export async function recentActivity(db: Executor, limit = 15) {
  return db
    .select({ action: auditLog.action, createdAt: auditLog.createdAt, actorName: users.name, organisationName: organisations.name })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(organisations, eq(organisations.id, auditLog.organisationId))
    .where(sql`${auditLog.action} NOT LIKE 'auth.%' AND ${auditLog.action} <> 'answer.saved'`)
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

export interface OrganisationFilter {
  q?: string;
  regierungsbezirk?: Regierungsbezirk;
  kind?: OrganisationKind;
  verified?: boolean;
  latestStatus?: CheckStatus | "none";
  sort: "name" | "created" | "latest";
  direction: "asc" | "desc";
  page: number;
  pageSize: number;
}

/**
 * One page of Kommunen with their latest check (status, date, index), filtered
 * and sorted in the database. The latest check comes from a lateral join on
 * the (organisation_id, created_at) index, its index from the answers' key.
 */
export async function listOrganisations(db: Executor, filter: OrganisationFilter) {
  const rows = await db.execute<{
    id: string;
    name: string;
    kind: OrganisationKind;
    regierungsbezirk: Regierungsbezirk;
    ags: string | null;
    verified: boolean;
    latest_id: string | null;
    latest_status: CheckStatus | null;
    latest_date: Date | null;
    latest_index: string | null;
    latest_answered: number | null;
    total: string;
  }>(organisationListQuery(filter));
  const list = rows.rows.map((row) => ({ ...row, latest_index: row.latest_index === null ? null : Number(row.latest_index) }));
  return { rows: list, total: Number(rows.rows[0]?.total ?? 0) };
}

/** The SQL of {@link listOrganisations}, also used by the benchmark to show its plan. */
export function organisationListQuery(filter: OrganisationFilter): SQL {
  const latest = sql`latest`;
  const conditions: SQL[] = [];
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    conditions.push(or(ilike(organisations.name, pattern), ilike(organisations.ags, pattern))!);
  }
  if (filter.regierungsbezirk) conditions.push(eq(organisations.regierungsbezirk, filter.regierungsbezirk));
  if (filter.kind) conditions.push(eq(organisations.kind, filter.kind));
  if (filter.verified !== undefined) conditions.push(eq(organisations.verified, filter.verified));
  if (filter.latestStatus === "none") conditions.push(sql`${latest}.id IS NULL`);
  else if (filter.latestStatus) conditions.push(sql`${latest}.status = ${filter.latestStatus}`);
  const where = conditions.length ? sql`WHERE ${sql.join(conditions, sql` AND `)}` : sql``;
  const direction = filter.direction === "desc" ? sql`DESC` : sql`ASC`;
  const orderBy = {
    name: sql`lower(${organisations.name}) ${direction}`,
    created: sql`${organisations.createdAt} ${direction}`,
    latest: sql`${latest}.created_at ${direction} NULLS LAST`,
  }[filter.sort];

  return sql`
    SELECT organisations.id, organisations.name, organisations.kind, organisations.regierungsbezirk, organisations.ags, organisations.verified,
           latest.id AS latest_id, latest.status AS latest_status,
           coalesce(latest.submitted_at, latest.created_at) AS latest_date,
           CASE WHEN latest.status <> 'draft' AND stats.answered = 13 THEN round(stats.mean, 1) END AS latest_index,
           stats.answered::int AS latest_answered,
           count(*) OVER () AS total
    FROM ${organisations}
    LEFT JOIN LATERAL (
      SELECT c.id, c.status, c.submitted_at, c.created_at FROM ${checks} c
      WHERE c.organisation_id = organisations.id ORDER BY c.created_at DESC LIMIT 1
    ) latest ON true
    -- A draft belongs to the Kommune: advisors get its progress (answered items), never its index.
    LEFT JOIN LATERAL (
      SELECT count(a.score) AS answered, avg(a.score) AS mean FROM answers a WHERE a.check_id = latest.id
    ) stats ON true
    ${where}
    ORDER BY ${orderBy}, organisations.id
    LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`;
}

export async function organisationMembers(db: Executor, organisationId: string) {
  return db
    .select({ name: users.name, email: users.email, role: memberships.role, emailConfirmedAt: users.emailConfirmedAt, disabled: users.disabled })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(asc(users.name));
}

export async function listAdvisors(db: Executor) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(inArray(users.role, ["advisor", "admin"]), eq(users.disabled, false)))
    .orderBy(asc(users.name));
}

export async function findOrganisation(db: Executor, organisationId: string) {
  if (!isUuid(organisationId)) return null;
  const [row] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  return row ?? null;
}

/** Kommunen with open measures past their due date, most overdue first. */
export async function organisationsWithOverdueMeasures(db: Executor, today: string, limit = 10) {
  const { rows } = await db.execute<{ id: string; name: string; overdue: number }>(sql`
    SELECT o.id, o.name, count(*)::int AS overdue
    FROM measures m JOIN organisations o ON o.id = m.organisation_id
    WHERE ${openMeasure(sql.raw("m.status"))} AND m.due_on < ${today}::date
    GROUP BY o.id, o.name ORDER BY overdue DESC, o.name LIMIT ${limit}`);
  return rows;
}

/** Kommunen whose latest round has its released feedback but who have no plan of measures yet. */
export async function releasedWithoutPlan(db: Executor, limit = 10) {
  const { rows } = await db.execute<{ id: string; name: string; released_at: Date }>(sql`
    SELECT o.id, o.name, latest.released_at
    FROM organisations o
    CROSS JOIN LATERAL (
      SELECT c.status, c.released_at FROM checks c WHERE c.organisation_id = o.id AND c.status <> 'draft'
      ORDER BY c.submitted_at DESC NULLS LAST LIMIT 1
    ) latest
    WHERE latest.status = 'released' AND NOT EXISTS (SELECT 1 FROM measures m WHERE m.organisation_id = o.id)
    ORDER BY latest.released_at DESC LIMIT ${limit}`);
  return rows;
}
