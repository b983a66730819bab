/** zod schemas of perspectives and workshops, with German messages. */
import { ITEM_KEYS, isScore, NOTE_MAX_LENGTH, type ItemKey, type Score } from "@/lib/kurzcheck/keys";
import { formatNumber } from "@/lib/format";
import { PERSPECTIVE_KEYS } from "@/lib/kurzcheck/perspectives";
import { inviteeEmailSchema } from "./accounts";
import { hasControlCharacters, text, z } from "./zod";

export const perspectiveSchema = z.enum(PERSPECTIVE_KEYS, { error: "Bitte wählen Sie eine Perspektive aus der Liste." });

export const inviteRespondentSchema = z.object({
  checkId: z.uuid({ error: "Unbekannter Kurz-Check." }),
  label: text({ error: "Bitte nennen Sie Name oder Rolle." })
    .trim()
    .min(1, { error: "Bitte nennen Sie Name oder Rolle." })
    .max(120, { error: "Name oder Rolle darf höchstens 120 Zeichen lang sein." }),
  email: inviteeEmailSchema,
  perspective: perspectiveSchema,
});

export const respondentIdSchema = z.object({ respondentId: z.uuid({ error: "Unbekannte Einladung." }) });
export const workshopCheckSchema = z.object({ checkId: z.uuid({ error: "Unbekannter Kurz-Check." }) });
export const workshopIdSchema = z.object({ workshopId: z.uuid({ error: "Unbekannter Workshop." }) });

export const joinWorkshopSchema = z.object({
  code: text({ error: "Bitte geben Sie den Teilnahmecode ein." })
    .trim()
    .min(1, { error: "Bitte geben Sie den Teilnahmecode ein." })
    .max(20, { error: "Der Teilnahmecode ist zu lang." }),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const SCORE_MESSAGE = "Bitte wählen Sie einen Wert zwischen 0 % und 100 % in Zehnerschritten.";

/**
 * A workshop participant's form: the perspective, and per item "<key>"
 * (a score) and "anmerkung-<key>" (a note). All 13 are required.
 */
export const workshopResponseSchema = z.record(z.string(), z.unknown()).transform((fields, ctx) => {
  const code = typeof fields.code === "string" ? fields.code : "";
  // The browser's random id for "still answering"; anything else is ignored, never an error for the participant.
  const participant = typeof fields.participant === "string" && UUID.test(fields.participant) ? fields.participant : null;
  const perspective = perspectiveSchema.safeParse(fields.perspective);
  if (!perspective.success) {
    ctx.addIssue({ code: "custom", path: ["perspective"], message: "Bitte wählen Sie Ihre Perspektive." });
    return z.NEVER;
  }
  const answers: Partial<Record<ItemKey, { score: Score; note: string }>> = {};
  for (const key of ITEM_KEYS) {
    const raw = fields[key];
    const note = typeof fields[`anmerkung-${key}`] === "string" ? (fields[`anmerkung-${key}`] as string).trim() : "";
    if (raw === undefined || raw === "") continue;
    const score = Number(raw);
    if (!isScore(score)) {
      ctx.addIssue({ code: "custom", path: [key], message: SCORE_MESSAGE });
      return z.NEVER;
    }
    if (note.length > NOTE_MAX_LENGTH || hasControlCharacters(note, true)) {
      ctx.addIssue({
        code: "custom",
        path: [`anmerkung-${key}`],
        message: `Die Anmerkung darf höchstens ${formatNumber(NOTE_MAX_LENGTH)} Zeichen lang sein und keine Steuerzeichen enthalten.`,
      });
      return z.NEVER;
    }
    answers[key] = { score, note };
  }
  return { code, perspective: perspective.data, answers, participant };
});
