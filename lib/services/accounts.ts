/**
 * Registration, email confirmation and password reset. Each change and its
 * audit entry are one transaction; mails go out after the commit.
 */
import type { Database } from "@/db";
import { audit } from "@/db/queries/audit";
import { insertAnswers, insertDraft } from "@/db/queries/checks";
import { consumeOneTimeToken, insertOneTimeToken, oneTimeTokenIsOpen } from "@/db/queries/one-time-tokens";
import { agsIsTaken, insertOrganisation } from "@/db/queries/organisations";
import { addMembership } from "@/db/queries/team";
import { confirmUserEmail, findUserByEmail, insertUser, updateUser } from "@/db/queries/users";
import { hashPassword } from "@/lib/auth/password";
import { RESET_MAILS_PER_ACCOUNT, RESET_REQUESTS_PER_ADDRESS, withinLimit } from "@/lib/auth/rate-limit";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { sendMail, type Mail } from "@/lib/email/mailer";
import { alreadyRegisteredMail, confirmEmailMail, passwordResetMail } from "@/lib/email/templates";
import { AppError } from "@/lib/errors";
import { ITEM_KEYS } from "@/lib/kurzcheck/keys";
import { parseTrialAnswers } from "@/lib/kurzcheck/trial-storage";
import type { OrganisationKind, Regierungsbezirk } from "@/lib/organisations";
import { endAllSessions } from "./browser-sessions";

const HOUR = 60 * 60 * 1000;
export const PASSWORD_RESET_VALIDITY_MS = HOUR;
export const EMAIL_CONFIRMATION_VALIDITY_MS = 7 * 24 * HOUR;

export const AGS_TAKEN_MESSAGE =
  "Für diesen Gemeindeschlüssel ist bereits eine Kommune registriert. Bitten Sie dort um eine Einladung oder wenden Sie sich an NIKO.";

export interface RegistrationInput {
  organisationName: string;
  kind: OrganisationKind;
  regierungsbezirk: Regierungsbezirk;
  ags: string | null;
  name: string;
  email: string;
  password: string;
  trialAnswers?: string;
}

/** The unique index a pg error violated, if it is a unique violation. */
function violatedUnique(error: unknown): string | null {
  const cause = (error as { cause?: { code?: string; constraint?: string } }).cause ?? (error as { code?: string; constraint?: string });
  return cause?.code === "23505" ? (cause.constraint ?? "") : null;
}

/**
 * Creates the Kommune (unverified), its first user as owner and, when the
 * browser sent answers of the anonymous trial, a first draft with them.
 *
 * An address that already has an account gets no second one and no error:
 * the form answers the same either way (no probing which addresses are
 * registered), and the mail returned goes to that address's owner instead,
 * pointing them to sign-in and password reset. The caller sends the returned
 * mail after answering, so both paths also take the same time.
 */
export async function registerOrganisation(
  db: Database,
  input: RegistrationInput,
): Promise<{ organisationId: string | null; checkId: string | null; mail: Mail }> {
  const passwordHash = await hashPassword(input.password);
  const trial = parseTrialAnswers(input.trialAnswers ?? null);
  const confirmation = generateToken();
  const alreadyRegistered = { organisationId: null, checkId: null, mail: alreadyRegisteredMail(input.email) };
  try {
    return await db.transaction(async (tx) => {
      // The AGS check comes first and does not depend on the address, so its message reveals nothing about accounts.
      if (input.ags && (await agsIsTaken(tx, input.ags))) throw new AppError("conflict", AGS_TAKEN_MESSAGE, { fieldErrors: { ags: [AGS_TAKEN_MESSAGE] } });
      if (await findUserByEmail(tx, input.email)) return alreadyRegistered;
      const { id: userId } = await insertUser(tx, { email: input.email, name: input.name, passwordHash });
      const organisationId = await insertOrganisation(tx, {
        name: input.organisationName,
        kind: input.kind,
        regierungsbezirk: input.regierungsbezirk,
        ags: input.ags,
      });
      await addMembership(tx, organisationId, userId, "owner");
      await insertOneTimeToken(tx, {
        userId,
        purpose: "email_confirmation",
        email: input.email,
        tokenHash: hashToken(confirmation),
        expiresAt: new Date(Date.now() + EMAIL_CONFIRMATION_VALIDITY_MS),
      });
      await audit(tx, {
        actorId: userId,
        action: "organisation.registered",
        entityType: "organisation",
        entityId: organisationId,
        organisationId,
        data: { name: input.organisationName, kind: input.kind, regierungsbezirk: input.regierungsbezirk, ags: input.ags },
      });

      const takenOver = ITEM_KEYS.filter((key) => trial[key] !== undefined);
      let checkId: string | null = null;
      if (takenOver.length > 0) {
        checkId = (await insertDraft(tx, { organisationId, roundTitle: `Kurz-Check ${new Date().getFullYear()}`, createdBy: userId }))!;
        await insertAnswers(
          tx,
          checkId,
          takenOver.map((itemKey) => ({ itemKey, score: trial[itemKey]!, note: "" })),
          userId,
        );
        await audit(tx, {
          actorId: userId,
          action: "check.created_from_trial",
          entityType: "check",
          entityId: checkId,
          organisationId,
          data: { answered: takenOver.length },
        });
      }
      return { organisationId, checkId, mail: confirmEmailMail(input.email, input.name, confirmation) };
    });
  } catch (error) {
    const constraint = violatedUnique(error);
    // Two registrations of one address at the same moment: the second is "already registered" as well.
    if (constraint === "users_email_key") return alreadyRegistered;
    if (constraint === "organisations_ags_key") {
      throw new AppError("conflict", AGS_TAKEN_MESSAGE, { fieldErrors: { ags: [AGS_TAKEN_MESSAGE] } });
    }
    throw error;
  }
}

export const INVALID_LINK_MESSAGE = "Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet. Bitte fordern Sie einen neuen an.";

/**
 * The part of a reset request that answers at once: one client address may
 * ask 20 times an hour (beyond that the caller is told to wait — this says
 * nothing about any account). The caller then answers the same for every
 * address and runs {@link sendPasswordResetLink} after the answer, so neither
 * the words nor the time tell whether an account exists.
 */
export async function admitPasswordResetRequest(db: Database, fromAddress: string): Promise<void> {
  const perAddress = await withinLimit(db, `reset:address:${fromAddress}`, RESET_REQUESTS_PER_ADDRESS);
  if (!perAddress.allowed) {
    throw new AppError("rate_limited", `Von Ihrem Anschluss kamen sehr viele Anfragen. Bitte versuchen Sie es in ${perAddress.minutes} Minuten erneut.`);
  }
}

/**
 * Sends a reset link when the address belongs to an active account. One inbox
 * gets at most 3 links an hour (beyond that nothing is sent), so the form
 * cannot be used to flood someone's mailbox.
 */
export async function sendPasswordResetLink(db: Database, email: string): Promise<void> {
  const user = await findUserByEmail(db, email);
  if (!user || user.disabled) return;
  const perAccount = await withinLimit(db, `reset:account:${user.id}`, RESET_MAILS_PER_ACCOUNT);
  if (!perAccount.allowed) {
    await audit(db, { actorId: null, action: "auth.password_reset_throttled", entityType: "user", entityId: user.id });
    return;
  }
  const token = generateToken();
  await db.transaction(async (tx) => {
    await insertOneTimeToken(tx, {
      userId: user.id,
      purpose: "password_reset",
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + PASSWORD_RESET_VALIDITY_MS),
    });
    await audit(tx, { actorId: user.id, action: "auth.password_reset_requested", entityType: "user", entityId: user.id });
  });
  await sendMail(passwordResetMail(user.email, token));
}

/** Both parts of a reset request in one call (scripts and tests that do not need equal timing). */
export async function requestPasswordReset(db: Database, email: string, fromAddress: string): Promise<void> {
  await admitPasswordResetRequest(db, fromAddress);
  await sendPasswordResetLink(db, email);
}

/** Whether a reset link can still be used (unused, unexpired), without using it: the page says so at once. */
export async function passwordResetLinkIsOpen(db: Database, token: string): Promise<boolean> {
  if (token.length < 20 || token.length > 200) return false;
  return oneTimeTokenIsOpen(db, hashToken(token), "password_reset");
}

/** Sets a new password from a reset link; ends every existing session of the account. */
export async function resetPassword(db: Database, token: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const used = await consumeOneTimeToken(tx, hashToken(token), "password_reset");
    if (!used) throw new AppError("invalid", INVALID_LINK_MESSAGE);
    await updateUser(tx, used.userId, { passwordHash });
    await endAllSessions(tx, used.userId);
    await audit(tx, { actorId: used.userId, action: "auth.password_reset", entityType: "user", entityId: used.userId });
  });
}

/** Confirms the address the link was sent to, and only while the account still has that address. */
export async function confirmEmail(db: Database, token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const used = await consumeOneTimeToken(tx, hashToken(token), "email_confirmation");
    if (!used?.email || !(await confirmUserEmail(tx, used.userId, used.email))) return false;
    await audit(tx, { actorId: used.userId, action: "user.email_confirmed", entityType: "user", entityId: used.userId });
    return true;
  });
}
