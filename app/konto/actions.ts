"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { formAction } from "@/lib/actions/form-action";
import { signIn, signOut } from "@/lib/auth/auth";
import { requireUser } from "@/lib/auth/guards";
import { changeEmail, changePassword, deleteAccount, updateName } from "@/lib/services/profile";
import { changeEmailSchema, changePasswordSchema, deleteAccountSchema, updateNameSchema } from "@/lib/validation/accounts";

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
    await changePassword(getDb(), user, currentPassword, password);
    // Every session ended with the new session version; this one continues with a fresh sign-in.
    // The redirect makes the browser send the new cookie; this request still carries the old one.
    await signIn("credentials", { email: user.email, password, redirect: false });
    redirect("/konto?hinweis=passwort-geaendert");
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
