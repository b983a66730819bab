"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { anyone, formAction } from "@/lib/actions/form-action";
import { signIn, signOut } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeReturnPath } from "@/lib/auth/return-path";
import { requireUser } from "@/lib/auth/guards";
import { clientAddress } from "@/lib/http/client-address";
import { requestPasswordReset, registerOrganisation, resetPassword } from "@/lib/services/accounts";
import { acceptInvitationAsNewUser, acceptInvitationAsUser } from "@/lib/services/invitations";
import { audit } from "@/lib/services/audit";
import {
  acceptInvitationNewUserSchema,
  acceptInvitationSchema,
  emailOnlySchema,
  passwordResetSchema,
  registrationSchema,
  signInSchema,
} from "@/lib/validation/accounts";

/** German message for a refused sign-in; the code comes from lib/auth/auth.ts. */
function signInMessage(error: AuthError): string {
  const code = (error as AuthError & { code?: string }).code ?? "";
  if (code.startsWith("throttled:")) {
    const minutes = code.split(":")[1];
    return `Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in ${minutes} Minuten erneut oder setzen Sie Ihr Passwort zurück.`;
  }
  if (code === "disabled") return "Dieses Konto ist deaktiviert. Bitte wenden Sie sich an das Team von NIKO.";
  if (code === "unavailable") return "Die Anmeldung ist gerade nicht möglich. Bitte versuchen Sie es in einigen Minuten erneut.";
  return "E-Mail-Adresse oder Passwort stimmen nicht. Bitte prüfen Sie Ihre Eingaben.";
}

/** Signs in through Auth.js; returns a German message when refused. */
async function signInWithPassword(email: string, password: string): Promise<string | null> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return null;
  } catch (error) {
    if (error instanceof AuthError) return signInMessage(error);
    throw error;
  }
}

export const signInAction = formAction({
  authorize: anyone,
  schema: signInSchema,
  run: async ({ email, password, weiter }) => {
    const refused = await signInWithPassword(email, password);
    if (refused) return { status: "error", message: refused, values: { email } };
    redirect(safeReturnPath(weiter) ?? "/mein-bereich");
  },
});

export const registerAction = formAction({
  authorize: anyone,
  schema: registrationSchema,
  run: async (input) => {
    const { checkId } = await registerOrganisation(getDb(), input);
    const refused = await signInWithPassword(input.email, input.password);
    if (refused) redirect("/anmelden");
    redirect(checkId ? "/kommune?probe=uebernommen" : "/kommune");
  },
});

export const requestPasswordResetAction = formAction({
  authorize: anyone,
  schema: emailOnlySchema,
  run: async ({ email }) => {
    await requestPasswordReset(getDb(), email, clientAddress(await headers()));
    return {
      status: "success",
      message:
        "Wenn zu dieser Adresse ein Konto besteht, haben wir Ihnen soeben einen Link zum Zurücksetzen geschickt. Er ist eine Stunde gültig.",
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
  if (user) await audit(getDb(), { actorId: user.id, action: "auth.signed_out", entityType: "user", entityId: user.id });
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
    const { email } = await acceptInvitationAsNewUser(getDb(), token, name, password);
    const refused = await signInWithPassword(email, password);
    redirect(refused ? "/anmelden" : "/mein-bereich");
  },
});
