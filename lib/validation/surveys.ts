/** zod schemas of the Kommune's resident surveys, with German messages. */
import { GUEST_LOCALES } from "@/lib/i18n/locales";
import { text, z } from "./zod";

/** The last day a survey may run to: a year from its start. */
const MAX_DAYS = 366;

/** The calendar day in Bavaria: a survey ends at midnight where its posters hang. */
function isoDay(date: Date): string {
  return date.toLocaleDateString("sv-SE", { timeZone: "Europe/Berlin" });
}

/** "Befragung starten": a title, the last day, the languages offered (at least one; all ten by default). */
export const startSurveySchema = z.object({
  title: text({ error: "Bitte geben Sie der Befragung einen Titel." })
    .trim()
    .min(1, { error: "Bitte geben Sie der Befragung einen Titel." })
    .max(120, { error: "Der Titel darf höchstens 120 Zeichen lang sein." }),
  endsOn: z
    .string({ error: "Bitte wählen Sie den letzten Tag der Befragung." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Bitte wählen Sie den letzten Tag der Befragung." })
    .refine((day) => new Date(`${day}T12:00:00Z`).toISOString().slice(0, 10) === day, {
      error: "Diesen Tag gibt es nicht. Bitte wählen Sie ein gültiges Datum.",
    })
    .refine((day) => day >= isoDay(new Date()), { error: "Der letzte Tag darf nicht in der Vergangenheit liegen." })
    .refine((day) => day <= isoDay(new Date(Date.now() + MAX_DAYS * 86_400_000)), { error: "Eine Befragung läuft höchstens ein Jahr." }),
  sprachen: z.preprocess(
    (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
    z.array(z.enum(GUEST_LOCALES, { error: "Diese Sprache gibt es hier nicht." })).min(1, { error: "Bitte wählen Sie mindestens eine Sprache." }),
  ),
});

export const surveyIdSchema = z.object({ surveyId: z.uuid({ error: "Unbekannte Befragung." }) });
