/** Advisors confirm or decline the registration of a Kommune; the owners are told by email. */
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db";
import { memberships, organisations, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { assertCan } from "@/lib/auth/permissions";
import { sendMail } from "@/lib/email/mailer";
import { registrationDecisionMail } from "@/lib/email/templates";
import { AppError } from "@/lib/errors";
import { audit } from "./audit";
import { invalidateGroupFigures } from "./statewide";

export async function decideRegistration(db: Database, advisor: CurrentUser, organisationId: string, decision: { verified: true } | { verified: false; reason: string }) {
  assertCan(advisor, "organisation.verify", organisationId);
  const name = await db.transaction(async (tx) => {
    const [organisation] = await tx
      .update(organisations)
      .set(
        decision.verified
          ? { verified: true, verifiedAt: sql`now()`, verifiedBy: advisor.id, rejectedAt: null, rejectionReason: null, updatedAt: sql`now()` }
          : { verified: false, verifiedAt: null, verifiedBy: null, rejectedAt: sql`now()`, rejectionReason: decision.reason, updatedAt: sql`now()` },
      )
      .where(eq(organisations.id, organisationId))
      .returning({ name: organisations.name });
    if (!organisation) throw new AppError("not_found");
    await audit(tx, {
      actorId: advisor.id,
      action: decision.verified ? "organisation.verified" : "organisation.rejected",
      entityType: "organisation",
      entityId: organisationId,
      organisationId,
      data: decision.verified ? {} : { reason: decision.reason },
    });
    await invalidateGroupFigures(tx, organisationId);
    return organisation.name;
  });
  const owners = await db
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organisationId, organisationId), eq(memberships.role, "owner")));
  for (const owner of owners) {
    await sendMail(registrationDecisionMail(owner.email, name, decision.verified, decision.verified ? undefined : decision.reason));
  }
}

export async function assignAdvisor(db: Database, advisor: CurrentUser, organisationId: string, assigneeId: string) {
  assertCan(advisor, "organisation.verify", organisationId);
  await db.transaction(async (tx) => {
    const [assignee] = await tx.select({ role: users.role }).from(users).where(eq(users.id, assigneeId));
    if (!assignee || assignee.role === "member") throw new AppError("invalid", "Bitte wählen Sie eine Person aus der Beratung.");
    const [changed] = await tx.update(organisations).set({ assignedAdvisorId: assigneeId }).where(eq(organisations.id, organisationId)).returning({ id: organisations.id });
    if (!changed) throw new AppError("not_found");
    await audit(tx, { actorId: advisor.id, action: "organisation.advisor_assigned", entityType: "organisation", entityId: organisationId, organisationId, data: { assigneeId } });
  });
}
