/** Queries on a Kommune itself: its registration, its assigned advisor, its owners and members to mail. */
import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db";
import { memberships, organisations, users, type MembershipRole } from "@/db/schema";

/** Records an advisor's decision on a registration; the Kommune's name, or null for an unknown Kommune. */
export async function recordRegistrationDecision(
  db: Executor,
  organisationId: string,
  advisorId: string,
  decision: { verified: true } | { verified: false; reason: string },
) {
  const [organisation] = await db
    .update(organisations)
    .set(
      decision.verified
        ? { verified: true, verifiedAt: sql`now()`, verifiedBy: advisorId, rejectedAt: null, rejectionReason: null, updatedAt: sql`now()` }
        : { verified: false, verifiedAt: null, verifiedBy: null, rejectedAt: sql`now()`, rejectionReason: decision.reason, updatedAt: sql`now()` },
    )
    .where(eq(organisations.id, organisationId))
    .returning({ name: organisations.name });
  return organisation?.name ?? null;
}

/** Sets the advisor assigned to a Kommune; false for an unknown Kommune. */
export async function setAssignedAdvisor(db: Executor, organisationId: string, advisorId: string): Promise<boolean> {
  const [changed] = await db
    .update(organisations)
    .set({ assignedAdvisorId: advisorId })
    .where(eq(organisations.id, organisationId))
    .returning({ id: organisations.id });
  return changed !== undefined;
}

/** The e-mail addresses of a Kommune's active members, or of those with `role` only: who is told of a decision or feedback. */
export async function memberEmails(db: Executor, organisationId: string, role?: MembershipRole): Promise<string[]> {
  const rows = await db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(users.disabled, false), role ? eq(memberships.role, role) : undefined));
  return rows.map((row) => row.email);
}

/** A Kommune's own row; null for an unknown id. */
export async function findOrganisationRow(db: Executor, organisationId: string) {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, organisationId));
  return row ?? null;
}

export interface OrganisationFields {
  name: string;
  kind: (typeof organisations.$inferInsert)["kind"];
  regierungsbezirk: (typeof organisations.$inferInsert)["regierungsbezirk"];
  ags: string | null;
}

/** Changes a Kommune's name, kind, Regierungsbezirk and AGS; a taken AGS fails on organisations_ags_key. */
export async function updateOrganisationFields(db: Executor, organisationId: string, fields: OrganisationFields): Promise<void> {
  await db
    .update(organisations)
    .set({ ...fields, updatedAt: sql`now()` })
    .where(eq(organisations.id, organisationId));
}

/** A newly registered Kommune (unverified until an advisor confirms it); its id. */
export async function insertOrganisation(db: Executor, fields: OrganisationFields): Promise<string> {
  const [row] = await db.insert(organisations).values(fields).returning({ id: organisations.id });
  return row!.id;
}

/** Whether a Kommune with this official municipality key (AGS) is registered. */
export async function agsIsTaken(db: Executor, ags: string): Promise<boolean> {
  const [row] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.ags, ags));
  return row !== undefined;
}

/** A Kommune's name; null for an unknown id. */
export async function organisationName(db: Executor, organisationId: string): Promise<string | null> {
  const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, organisationId));
  return row?.name ?? null;
}

/** The hash of the Kommune's secret calendar address; a new one revokes the old address. */
export async function setCalendarTokenHash(db: Executor, organisationId: string, tokenHash: string): Promise<void> {
  await db.update(organisations).set({ calendarTokenHash: tokenHash }).where(eq(organisations.id, organisationId));
}

/** The Kommune behind a secret calendar address; null for an unknown or revoked one. */
export async function organisationByCalendarHash(db: Executor, tokenHash: string) {
  const [row] = await db.select({ id: organisations.id, name: organisations.name }).from(organisations).where(eq(organisations.calendarTokenHash, tokenHash));
  return row ?? null;
}
