import { optionalEnum, text, z } from "./zod";
import { inviteeEmailSchema } from "./accounts";
import { TRANSLATED_LOCALES } from "@/lib/i18n/locales";

const userId = z.uuid({ error: "Unbekanntes Konto." });

export const changeRoleSchema = z.object({ userId, role: z.enum(["member", "advisor", "admin"], { error: "Bitte wählen Sie eine Rolle." }) });
export const userIdSchema = z.object({ userId });
export const inviteStaffSchema = z.object({ email: inviteeEmailSchema, role: z.enum(["advisor", "admin"], { error: "Bitte wählen Sie eine Rolle." }) });

/** The query string of /admin; anything unknown falls back to the default instead of failing. */
export const userListQuerySchema = z.object({
  q: text().trim().max(100).optional().catch(undefined),
  rolle: optionalEnum(["member", "advisor", "admin"] as const),
  status: optionalEnum(["aktiv", "deaktiviert"] as const),
  seite: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

/** "Übersetzung einlesen": a language and the translator's .xlsx file (its content is checked row by row by the service). */
export const importTranslationsSchema = z.object({
  sprache: z.enum(TRANSLATED_LOCALES, { error: "Bitte wählen Sie eine Sprache." }),
  datei: z.instanceof(File, { error: "Bitte wählen Sie eine Datei aus." }).refine((file) => file.size > 0, { error: "Bitte wählen Sie eine Datei aus." }),
});

/** The language of a translation download (/admin/sprachen/<sprache>/datei). */
export const translationLocaleSchema = z.enum(TRANSLATED_LOCALES, { error: "Diese Sprache gibt es hier nicht." });
