"use server";

import { revalidatePath } from "next/cache";
import { getDb } from "@/db";
import { formAction } from "@/lib/actions/form-action";
import { requireRole } from "@/lib/auth/guards";
import { resetSecondFactor } from "@/lib/services/second-factor";
import { changePlatformRole, inviteStaff, setUserDisabled } from "@/lib/services/users";
import { formatNumber } from "@/lib/format";
import { LOCALES } from "@/lib/i18n/locales";
import { importTranslations } from "@/lib/services/translations";
import { changeRoleSchema, importTranslationsSchema, inviteStaffSchema, userIdSchema } from "@/lib/validation/admin";

const requireAdmin = () => requireRole(["admin"]);

export const changeRoleAction = formAction({
  authorize: requireAdmin,
  schema: changeRoleSchema,
  run: async ({ userId, role }, admin) => {
    const changed = await changePlatformRole(getDb(), admin, userId, role);
    revalidatePath("/admin");
    return { status: "success", message: changed ? "Die Rolle wurde geändert." : "Die Person hatte diese Rolle bereits." };
  },
});

export const deactivateUserAction = formAction({
  authorize: requireAdmin,
  schema: userIdSchema,
  run: async ({ userId }, admin) => {
    await setUserDisabled(getDb(), admin, userId, true);
    revalidatePath("/admin");
    return { status: "success", message: "Das Konto wurde deaktiviert; laufende Sitzungen sind beendet." };
  },
});

export const reactivateUserAction = formAction({
  authorize: requireAdmin,
  schema: userIdSchema,
  run: async ({ userId }, admin) => {
    await setUserDisabled(getDb(), admin, userId, false);
    revalidatePath("/admin");
    return { status: "success", message: "Das Konto ist wieder aktiv." };
  },
});

export const resetSecondFactorAction = formAction({
  authorize: requireAdmin,
  schema: userIdSchema,
  run: async ({ userId }, admin) => {
    await resetSecondFactor(getDb(), admin, userId);
    revalidatePath("/admin");
    return {
      status: "success",
      message: "Der zweite Faktor ist zurückgesetzt; die Person wurde per E-Mail informiert und richtet ihn bei der nächsten Anmeldung neu ein.",
    };
  },
});

export const inviteStaffAction = formAction({
  authorize: requireAdmin,
  schema: inviteStaffSchema,
  run: async ({ email, role }, admin) => {
    await inviteStaff(getDb(), admin, email, role);
    revalidatePath("/admin");
    return { status: "success", message: `Die Einladung an ${email} ist verschickt.` };
  },
});

/** "Übersetzung einlesen": a translator's file, checked row by row; all of it or nothing is stored. */
export const importTranslationsAction = formAction({
  authorize: requireAdmin,
  schema: importTranslationsSchema,
  run: async ({ sprache, datei }, admin) => {
    const { reviewed } = await importTranslations(getDb(), admin, sprache, { bytes: await datei.arrayBuffer(), name: datei.name });
    revalidatePath("/admin/sprachen");
    return {
      status: "success",
      message: reviewed
        ? `${LOCALES[sprache].name}: ${formatNumber(reviewed)} ${reviewed === 1 ? "Zeile ist" : "Zeilen sind"} jetzt als geprüft übernommen.`
        : `${LOCALES[sprache].name}: Die Datei enthielt keine geänderten oder als geprüft markierten Zeilen; nichts wurde geändert.`,
    };
  },
});
