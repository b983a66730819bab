"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { formAction } from "@/lib/actions/form-action";
import { requireUser } from "@/lib/auth/guards";
import { clientAddress } from "@/lib/route-handlers/client-address";
import { addPasskey, removePasskey, renamePasskey } from "@/lib/services/passkeys";
import { addPasskeySchema, passkeyAnswerSchema, removePasskeySchema, renamePasskeySchema } from "@/lib/validation/passkeys";

// A staff member still without a second factor may add a passkey as that factor.
const requireUserSettingUp = () => requireUser({ secondFactorSetup: true });

export const addPasskeyAction = formAction({
  authorize: requireUserSettingUp,
  schema: addPasskeySchema,
  run: async ({ name, antwort }, user) => {
    await addPasskey(getDb(), user, name, antwort);
    revalidatePath("/konto", "layout");
    return { status: "success", message: `Der Passkey „${name}“ ist angelegt. Sie können sich ab jetzt damit anmelden.` };
  },
});

export const renamePasskeyAction = formAction({
  authorize: requireUser,
  schema: renamePasskeySchema,
  run: async ({ passkeyId, name }, user) => {
    await renamePasskey(getDb(), user, passkeyId, name);
    revalidatePath("/konto");
    return { status: "success", message: `Der Passkey heißt jetzt „${name}“.` };
  },
});

export const removePasskeyAction = formAction({
  authorize: requireUser,
  schema: removePasskeySchema,
  run: async ({ passkeyId, currentPassword, antwort }, user) => {
    const confirmation = antwort ? { passkey: passkeyAnswerSchema.parse(antwort), address: clientAddress(await headers()) } : { password: currentPassword };
    await removePasskey(getDb(), user, passkeyId, confirmation);
    // The removed passkey's row (and the form that sent this) leaves the page: the confirmation is shown above the list.
    redirect("/konto?hinweis=passkey-entfernt#passkeys");
  },
});
