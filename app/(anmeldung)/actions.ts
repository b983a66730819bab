"use server";

import { cookies, headers } from "next/headers";
import { after } from "next/server";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { anyone, formAction } from "@/lib/actions/form-action";
import { signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/return-path";
import { requireUser } from "@/lib/auth/guards";
import { servedOverHttps } from "@/lib/auth/session-cookie";
import { openSession } from "@/lib/auth/complete-sign-in";
import { CHALLENGE_COOKIE, CHALLENGE_SECONDS, openChallenge, sealChallenge } from "@/lib/auth/sign-in-tokens";
import { clientAddress } from "@/lib/route-handlers/client-address";
import { admitPasswordResetRequest, registerOrganisation, resetPassword, sendPasswordResetLink } from "@/lib/services/accounts";
import { sendMail } from "@/lib/email/mailer";
import { authenticate, type SignInResult } from "@/lib/services/authentication";
import { acceptInvitationAsNewUser, acceptInvitationAsUser } from "@/lib/services/invitations";
import { verifySecondFactor } from "@/lib/services/second-factor";
import { confirmWithPasskey, signInWithPasskey } from "@/lib/services/passkeys";
import { passkeyConfirmationSchema, passkeySignInSchema } from "@/lib/validation/passkeys";
import { recordSignOut } from "@/lib/services/browser-sessions";
import {
  acceptInvitationNewUserSchema,
  acceptInvitationSchema,
  emailOnlySchema,
  passwordResetSchema,
  registrationSchema,
  secondFactorCodeSchema,
  signInSchema,
} from "@/lib/validation/accounts";

/** German message for a refused password step. */
function signInMessage(result: Exclude<SignInResult, { ok: true }>): string {
  if (result.reason === "throttled") {
    return `Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in ${result.minutes} Minuten erneut oder setzen Sie Ihr Passwort zurück.`;
  }
  if (result.reason === "disabled") return "Dieses Konto ist deaktiviert. Bitte wenden Sie sich an das Team von NIKO.";
  if (result.reason === "unavailable") return "Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es in einigen Minuten erneut.";
  return "E-Mail-Adresse oder Passwort stimmen nicht. Bitte prüfen Sie Ihre Eingaben.";
}

const SIGN_IN_AGAIN = "Die Anmeldung ist nicht mehr gültig. Bitte melden Sie sich erneut an.";

export const signInAction = formAction({
  authorize: anyone,
  schema: signInSchema,
  run: async ({ email, password, weiter }) => {
    const requestHeaders = await headers();
    const result = await authenticate(getDb(), email, password, clientAddress(requestHeaders));
    if (!result.ok) return { status: "error", message: signInMessage(result), values: { email } };
    const returnTo = safeReturnPath(weiter);
    if (result.needsSecondFactor) {
      // The password was right; the session opens only after the code (second step, own throttle).
      const challenge = await sealChallenge({ userId: result.user.id, sessionVersion: result.user.sessionVersion, returnTo });
      (await cookies()).set(CHALLENGE_COOKIE, challenge, {
        httpOnly: true,
        sameSite: "lax",
        secure: servedOverHttps(requestHeaders.get("x-forwarded-proto")),
        path: "/",
        maxAge: CHALLENGE_SECONDS,
      });
      redirect("/anmelden/sicherheitscode");
    }
    if (!(await openSession(result.user.id, result.user.sessionVersion))) return { status: "error", message: SIGN_IN_AGAIN, values: { email } };
    redirect(returnTo ?? "/mein-bereich");
  },
});

/** The second step: a code from the authenticator app or a recovery code. */
export const secondFactorAction = formAction({
  authorize: anyone,
  schema: secondFactorCodeSchema,
  run: async ({ code }) => {
    const jar = await cookies();
    const challenge = await openChallenge(jar.get(CHALLENGE_COOKIE)?.value);
    if (!challenge) return { status: "error", message: "Die Anmeldung hat zu lange gedauert. Bitte melden Sie sich erneut mit E-Mail und Passwort an." };
    const result = await verifySecondFactor(getDb(), challenge.userId, code, clientAddress(await headers()));
    if (!result.ok) {
      const message =
        result.reason === "throttled"
          ? `Zu viele falsche Codes. Bitte versuchen Sie es in ${result.minutes} Minuten erneut.`
          : "Der Sicherheitscode stimmt nicht oder wurde schon verwendet. Geben Sie den aktuellen Code aus Ihrer App oder einen Ihrer Wiederherstellungscodes ein.";
      return { status: "error", message, fieldErrors: { code: [message] } };
    }
    jar.delete(CHALLENGE_COOKIE);
    if (!(await openSession(challenge.userId, challenge.sessionVersion))) return { status: "error", message: SIGN_IN_AGAIN };
    redirect(result.usedRecoveryCode ? "/konto/zwei-faktor?hinweis=wiederherstellungscode" : (challenge.returnTo ?? "/mein-bereich"));
  },
});

/** "Mit Passkey anmelden": the passkey alone opens the session (it is possession and, verified by PIN or biometrics, a second factor in one). */
export const passkeySignInAction = formAction({
  authorize: anyone,
  schema: passkeySignInSchema,
  run: async ({ antwort, weiter }) => {
    const signedIn = await signInWithPasskey(getDb(), antwort, clientAddress(await headers()));
    if (!(await openSession(signedIn.userId, signedIn.sessionVersion))) return { status: "error", message: SIGN_IN_AGAIN };
    redirect(safeReturnPath(weiter) ?? "/mein-bereich");
  },
});

/** The second step with a passkey instead of a code (after the password; the only way for staff who chose a passkey over TOTP). */
export const passkeySecondFactorAction = formAction({
  authorize: anyone,
  schema: passkeyConfirmationSchema,
  run: async ({ antwort }) => {
    const jar = await cookies();
    const challenge = await openChallenge(jar.get(CHALLENGE_COOKIE)?.value);
    if (!challenge) return { status: "error", message: "Die Anmeldung hat zu lange gedauert. Bitte melden Sie sich erneut mit E-Mail und Passwort an." };
    await confirmWithPasskey(getDb(), challenge.userId, antwort, clientAddress(await headers()));
    jar.delete(CHALLENGE_COOKIE);
    if (!(await openSession(challenge.userId, challenge.sessionVersion))) return { status: "error", message: SIGN_IN_AGAIN };
    redirect(challenge.returnTo ?? "/mein-bereich");
  },
});

/**
 * Registration answers the same whether the address is new or already has an
 * account (then its owner gets a mail instead): on to sign-in, with the trial
 * answers waiting in the new Kommune's draft. The mail goes out after the
 * answer, so the time taken tells nothing either.
 */
export const registerAction = formAction({
  authorize: anyone,
  schema: registrationSchema,
  run: async (input) => {
    const { mail } = await registerOrganisation(getDb(), input);
    after(() => sendMail(mail));
    const next = input.trialAnswers ? `&weiter=${encodeURIComponent("/kommune?probe=uebernommen")}` : "";
    redirect(`/anmelden?hinweis=registriert&email=${encodeURIComponent(input.email)}${next}`);
  },
});

export const requestPasswordResetAction = formAction({
  authorize: anyone,
  schema: emailOnlySchema,
  run: async ({ email }) => {
    await admitPasswordResetRequest(getDb(), clientAddress(await headers()));
    // Known or unknown address: the same answer at the same moment; the lookup and the mail follow afterwards.
    after(() => sendPasswordResetLink(getDb(), email));
    return {
      status: "success",
      message: "Wenn zu dieser Adresse ein Konto besteht, haben wir Ihnen soeben einen Link zum Zurücksetzen geschickt. Er ist eine Stunde gültig.",
    };
  },
});

export const resetPasswordAction = formAction({
  authorize: anyone,
  schema: passwordResetSchema,
  run: async ({ token, password }) => {
    await resetPassword(getDb(), token, password);
    redirect("/anmelden?hinweis=passwort-geaendert");
  },
});

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser().catch(() => null);
  if (user) await recordSignOut(getDb(), user);
  await signOut({ redirectTo: "/" });
}

export const acceptInvitationAction = formAction({
  authorize: requireUser,
  schema: acceptInvitationSchema,
  run: async ({ token }, user) => {
    await acceptInvitationAsUser(getDb(), token, user);
    redirect("/mein-bereich");
  },
});

export const acceptInvitationNewUserAction = formAction({
  authorize: anyone,
  schema: acceptInvitationNewUserSchema,
  run: async ({ token, name, password }) => {
    const created = await acceptInvitationAsNewUser(getDb(), token, name, password);
    redirect((await openSession(created.userId, created.sessionVersion)) ? "/mein-bereich" : "/anmelden");
  },
});
