/** Advisors confirm or decline the registration of a Kommune and assign its advisor; the owners are told by email. */
import type { Database } from "@/db";
import { audit } from "@/db/queries/audit";
import { memberEmails, recordRegistrationDecision, setAssignedAdvisor } from "@/db/queries/organisations";
import { findUserRole } from "@/db/queries/users";
import { assertCan } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { sendMail } from "@/lib/email/mailer";
import { registrationDecisionMail } from "@/lib/email/templates";
import { AppError } from "@/lib/errors";
import { invalidateGroupFigures } from "@/db/queries/statewide";

export async function decideRegistration(
  db: Database,
  advisor: CurrentUser,
  organisationId: string,
  decision: { verified: true } | { verified: false; reason: string },
) {
  assertCan(advisor, "organisation.verify", organisationId);
  const name = await db.transaction(async (tx) => {
    const decided = await recordRegistrationDecision(tx, organisationId, advisor.id, decision);
    if (decided === null) throw new AppError("not_found");
    await audit(tx, {
      actorId: advisor.id,
      action: decision.verified ? "organisation.verified" : "organisation.rejected",
      entityType: "organisation",
      entityId: organisationId,
      organisationId,
      data: decision.verified ? {} : { reason: decision.reason },
    });
    await invalidateGroupFigures(tx, organisationId);
    return decided;
  });
  for (const email of await memberEmails(db, organisationId, "owner")) {
    await sendMail(registrationDecisionMail(email, name, decision.verified, decision.verified ? undefined : decision.reason));
  }
}

export async function assignAdvisor(db: Database, advisor: CurrentUser, organisationId: string, assigneeId: string) {
  assertCan(advisor, "organisation.verify", organisationId);
  await db.transaction(async (tx) => {
    const role = await findUserRole(tx, assigneeId);
    if (role === null || role === "member") throw new AppError("invalid", "Bitte wählen Sie eine Person aus der Beratung.");
    if (!(await setAssignedAdvisor(tx, organisationId, assigneeId))) throw new AppError("not_found");
    await audit(tx, {
      actorId: advisor.id,
      action: "organisation.advisor_assigned",
      entityType: "organisation",
      entityId: organisationId,
      organisationId,
      data: { assigneeId },
    });
  });
}
