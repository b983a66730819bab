/** The audit log: who changed what, written in the transaction of the change. */
import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/db";
import { auditLog } from "@/db/schema";
import type { AuditAction } from "@/lib/audit-events";

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId?: string | null;
  organisationId?: string | null;
  data?: Record<string, unknown>;
}

/** Audit entries are written with the caller's transaction, so they commit or roll back with the change. */
export async function audit(db: Executor, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    organisationId: entry.organisationId ?? null,
    data: entry.data ?? {},
  });
}

/** What a person did, newest first: part of their own data export. */
export async function auditEntriesOfActor(db: Executor, actorId: string) {
  return db
    .select({ action: auditLog.action, entityType: auditLog.entityType, entityId: auditLog.entityId, data: auditLog.data, at: auditLog.createdAt })
    .from(auditLog)
    .where(eq(auditLog.actorId, actorId))
    .orderBy(desc(auditLog.createdAt));
}
