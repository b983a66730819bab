"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { formAction } from "@/lib/actions/form-action";
import { signOut } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/guards";
import { openSession } from "@/lib/auth/complete-sign-in";
import { changeEmail, changePassword, deleteAccount, setMeasureReminders, signOutEverywhere, updateName, verifyCurrentPassword } from "@/lib/services/profile";
import { z } from "@/lib/validation/zod";
import { beginSecondFactorSetup, confirmSecondFactorSetup, disableOwnSecondFactor } from "@/lib/services/second-factor";
import {
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  disableSecondFactorSchema,
  secondFactorSetupSchema,
  updateNameSchema,
} from "@/lib/validation/accounts";

export const updateNameAction = formAction({
  authorize: requireUser,
  schema: updateNameSchema,
  run: async ({ name }, user) => {
    await updateName(getDb(), user, name);
    revalidatePath("/", "layout");
    return { status: "success", message: "Ihr Name ist gespeichert." };
  },
});

export const changeEmailAction = formAction({
  authorize: requireUser,
  schema: changeEmailSchema,
  run: async ({ email, currentPassword }, user) => {
    await changeEmail(getDb(), user, currentPassword, email);
    revalidatePath("/konto");
    return { status: "success", message: `Ihre E-Mail-Adresse ist jetzt ${email}. Bitte bestätigen Sie sie über den Link, den wir Ihnen geschickt haben.` };
  },
});

export const changePasswordAction = formAction({
  authorize: requireUser,
  schema: changePasswordSchema,
  run: async ({ currentPassword, password }, user) => {
    const sessionVersion = await changePassword(getDb(), user, currentPassword, password);
    // Every session ended; this browser continues in a fresh one (the person has just proven the password).
    // The redirect makes the browser send the new cookie; this request still carries the old one.
    redirect((await openSession(user.id, sessionVersion)) ? "/konto?hinweis=passwort-geaendert" : "/anmelden?hinweis=passwort-geaendert");
  },
});

export const deleteAccountAction = formAction({
  authorize: requireUser,
  schema: deleteAccountSchema,
  run: async ({ currentPassword }, user) => {
    await deleteAccount(getDb(), user, currentPassword);
    await signOut({ redirect: false });
    redirect("/?konto=geloescht");
  },
});

/** "Alle Sitzungen abmelden": ends every session of the person, this browser's too. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser({ secondFactorSetup: true }).catch(() => null);
  if (user) await signOutEverywhere(getDb(), user);
  await signOut({ redirectTo: "/anmelden?hinweis=ueberall-abgemeldet" });
}

/** The second factor's set-up is the one thing staff without it may do (besides signing out). */
const requireUserInSetup = () => requireUser({ secondFactorSetup: true });

export const beginSecondFactorSetupAction = formAction({
  authorize: requireUserInSetup,
  schema: z.object({}),
  run: async (_input, user) => {
    await beginSecondFactorSetup(getDb(), user);
    revalidatePath("/konto/zwei-faktor");
  },
});

export const confirmSecondFactorSetupAction = formAction({
  authorize: requireUserInSetup,
  schema: secondFactorSetupSchema,
  run: async ({ code }, user) => {
    const recoveryCodes = await confirmSecondFactorSetup(getDb(), user, code);
    return { status: "success", message: "Die Anmeldung mit zweitem Faktor ist eingerichtet.", recoveryCodes };
  },
});

export const disableSecondFactorAction = formAction({
  authorize: requireUser,
  schema: disableSecondFactorSchema,
  run: async ({ currentPassword }, user) => {
    await verifyCurrentPassword(getDb(), user, currentPassword);
    await disableOwnSecondFactor(getDb(), user);
    revalidatePath("/konto/zwei-faktor");
    return { status: "success", message: "Die Anmeldung mit zweitem Faktor ist ausgeschaltet." };
  },
});

export const setMeasureRemindersAction = formAction({
  authorize: requireUser,
  schema: z.object({ erinnerungen: z.enum(["an", "aus"], { error: "Bitte wählen Sie an oder aus." }) }),
  run: async ({ erinnerungen }, user) => {
    await setMeasureReminders(getDb(), user, erinnerungen === "an");
    revalidatePath("/konto");
    return {
      status: "success",
      message: erinnerungen === "an" ? "Sie erhalten die wöchentliche Erinnerung wieder." : "Die wöchentliche Erinnerung ist abgeschaltet.",
    };
  },
});
