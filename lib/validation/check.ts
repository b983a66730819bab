/**
 * Validation of Kurz-Check answers submitted to the server (a Kommune's check).
 */
import { formatNumber } from "@/lib/format";
import { text, z } from "./zod";
import { ITEM_KEYS, NOTE_MAX_LENGTH, isScore, type Score } from "@/lib/kurzcheck/keys";

export const itemKeySchema = z.enum(ITEM_KEYS, { error: "Diese Frage gibt es im Kurz-Check nicht." });

const SCORE_MESSAGE = "Bitte wählen Sie einen Wert zwischen 0 % und 100 % in Zehnerschritten.";

/** A score from a form field or storage: "70" or 70; "" or null means "not answered yet". */
export const scoreSchema = z.unknown().transform((value, ctx): Score | null => {
  if (value === "" || value === undefined || value === null) return null;
  const number = typeof value === "string" ? Number(value.trim()) : value;
  if (typeof number === "number" && isScore(number)) return number;
  ctx.addIssue({ code: "custom", message: SCORE_MESSAGE });
  return z.NEVER;
});

export const noteSchema = text({ multiline: true, error: "Die Anmerkung muss ein Text sein." })
  .max(NOTE_MAX_LENGTH, { error: `Die Anmerkung darf höchstens ${formatNumber(NOTE_MAX_LENGTH)} Zeichen lang sein.` })
  .default("");

export const answerSchema = z.object({
  itemKey: itemKeySchema,
  score: scoreSchema,
  note: noteSchema,
});

export type AnswerInput = z.infer<typeof answerSchema>;

/** The highest version an autosave may name (the hand check of the autosave endpoint uses it too). */
export const MAX_BASE_VERSION = 1_000_000_000;

/** One autosave: the item comes from the URL, the rest from the JSON body. */
export const saveAnswerSchema = answerSchema.extend({
  baseVersion: z
    .number({ error: "Die Versionsangabe fehlt." })
    .int({ error: "Die Versionsangabe ist ungültig." })
    .min(0, { error: "Die Versionsangabe ist ungültig." })
    .max(MAX_BASE_VERSION, { error: "Die Versionsangabe ist ungültig." }),
});

export const checkIdSchema = z.object({ checkId: z.uuid({ error: "Unbekannter Kurz-Check." }) });
