/**
 * Invitations into a Kommune (by its owners) or into a platform role (by
 * admins). The link holds a random token; the database only its hash. Valid
 * 7 days, single use. Accepting either creates the account or, for an
 * existing account signed in with the invited address, adds the membership.
 */
import type { Database, Transaction } from "@/db";
import type { MembershipRole, PlatformRole } from "@/db/schema";
import { claimInvitation, findOpenInvitationByHash, insertInvitation } from "@/db/queries/invitations";
import { organisationName as organisationNameOf } from "@/db/queries/organisations";
import { addMembership } from "@/db/queries/team";
import { findUserByEmail, insertUser, setPlatformRole } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { sendMail } from "@/lib/email/mailer";
import { invitationMail } from "@/lib/email/templates";
import { AppError } from "@/lib/errors";
import { PLATFORM_ROLE_LABELS } from "@/lib/format";
import { audit } from "@/db/queries/audit";

export const INVITATION_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;
export const INVALID_INVITATION_MESSAGE = "Diese Einladung ist ungültig, abgelaufen oder wurde bereits angenommen. Bitte lassen Sie sich erneut einladen.";

type InvitationTarget =
  | { email: string; organisationId: string; membershipRole: MembershipRole; platformRole?: never }
  | { email: string; platformRole: Exclude<PlatformRole, "member">; organisationId?: never; membershipRole?: never };

export async function createInvitation(db: Database, actor: CurrentUser, target: InvitationTarget): Promise<void> {
  const token = generateToken();
  const organisationName = await db.transaction(async (tx) => {
    const invitationId = await insertInvitation(tx, {
      email: target.email,
      organisationId: target.organisationId ?? null,
      membershipRole: target.membershipRole ?? null,
      platformRole: target.platformRole ?? null,
      tokenHash: hashToken(token),
      invitedBy: actor.id,
      expiresAt: new Date(Date.now() + INVITATION_VALIDITY_MS),
    });
    await audit(tx, {
      actorId: actor.id,
      action: "invitation.created",
      entityType: "invitation",
      entityId: invitationId,
      organisationId: target.organisationId ?? null,
      data: { email: target.email, membershipRole: target.membershipRole ?? null, platformRole: target.platformRole ?? null },
    });
    return target.organisationId ? organisationNameOf(tx, target.organisationId) : null;
  });
  const what = organisationName ?? `Rolle ${PLATFORM_ROLE_LABELS[target.platformRole ?? "member"]}`;
  await sendMail(invitationMail(target.email, actor.name, what, token));
}

/** An open invitation for `token`, with what it leads to; null when unknown, used or expired. */
export async function findOpenInvitation(db: Database | Transaction, token: string) {
  return findOpenInvitationByHash(db, hashToken(token));
}

export type OpenInvitation = NonNullable<Awaited<ReturnType<typeof findOpenInvitation>>>;

/** Whether the invited address already has an account: the invitation page then asks to sign in instead of registering. */
export async function invitedAddressHasAccount(db: Database, invitation: OpenInvitation): Promise<boolean> {
  return (await findUserByEmail(db, invitation.email)) !== null;
}

/** Marks the invitation used and grants what it offers to `userId`. */
async function grant(tx: Transaction, invitation: OpenInvitation, userId: string) {
  if (!(await claimInvitation(tx, invitation.id))) throw new AppError("invalid", INVALID_INVITATION_MESSAGE);
  if (invitation.organisationId && invitation.membershipRole) await addMembership(tx, invitation.organisationId, userId, invitation.membershipRole);
  if (invitation.platformRole) await setPlatformRole(tx, userId, invitation.platformRole);
  await audit(tx, {
    actorId: userId,
    action: "invitation.accepted",
    entityType: "invitation",
    entityId: invitation.id,
    organisationId: invitation.organisationId,
  });
}

/** A new person accepts: the account is created with the invited address (confirmed by the link itself). */
export async function acceptInvitationAsNewUser(
  db: Database,
  token: string,
  name: string,
  password: string,
): Promise<{ userId: string; sessionVersion: number }> {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const invitation = await findOpenInvitation(tx, token);
    if (!invitation) throw new AppError("invalid", INVALID_INVITATION_MESSAGE);
    if (await findUserByEmail(tx, invitation.email)) {
      throw new AppError("conflict", "Für diese Adresse gibt es schon ein Konto. Bitte melden Sie sich an, um die Einladung anzunehmen.");
    }
    const user = await insertUser(tx, { email: invitation.email, name, passwordHash, emailConfirmedAt: new Date() });
    await audit(tx, { actorId: user.id, action: "user.registered_by_invitation", entityType: "user", entityId: user.id });
    await grant(tx, invitation, user.id);
    return { userId: user.id, sessionVersion: user.sessionVersion };
  });
}

/** A signed-in person accepts; only the account of the invited address may. */
export async function acceptInvitationAsUser(db: Database, token: string, user: CurrentUser): Promise<void> {
  await db.transaction(async (tx) => {
    const invitation = await findOpenInvitation(tx, token);
    if (!invitation) throw new AppError("invalid", INVALID_INVITATION_MESSAGE);
    if (invitation.email !== user.email) {
      throw new AppError("forbidden", "Diese Einladung gilt für eine andere E-Mail-Adresse. Bitte melden Sie sich mit dieser Adresse an.");
    }
    await grant(tx, invitation, user.id);
  });
}
