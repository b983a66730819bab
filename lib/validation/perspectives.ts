/** zod schemas of perspectives and workshops, with German messages. */
import { PERSPECTIVE_KEYS } from "@/lib/kurzcheck/perspectives";
import { inviteeEmailSchema } from "./accounts";
import { text, z } from "./zod";

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
