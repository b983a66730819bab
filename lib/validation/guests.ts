/**
 * zod schemas of the forms people fill without an account, with messages in
 * their language: each is built per request from the page's translator
 * (lib/i18n); the exported `…Schema` constants are the German ones.
 */
import { germanTranslate, type Translate } from "@/lib/i18n/messages";
import { formatNumber } from "@/lib/format";
import { ITEM_KEYS, isScore, NOTE_MAX_LENGTH, type ItemKey, type Score } from "@/lib/kurzcheck/keys";
import { getItem } from "@/lib/kurzcheck/items";
import { PERSPECTIVE_KEYS, type PerspectiveKey } from "@/lib/kurzcheck/perspectives";
import { hasControlCharacters, text, z } from "./zod";

/** /mitmachen: the code from the projector. */
export function joinWorkshopFields(t: Translate) {
  return z.object({
    code: text({ error: t("workshop.codeFehlt") })
      .trim()
      .min(1, { error: t("workshop.codeFehlt") })
      .max(20, { error: t("workshop.codeUnbekannt") }),
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A workshop participant's form: the perspective, and per item "<key>"
 * (a score) and "anmerkung-<key>" (a note). All 13 are required; every open
 * one is named, so the error summary links each.
 */
export function workshopResponseFields(t: Translate) {
  return z.record(z.string(), z.unknown()).transform((fields, ctx) => {
    const code = typeof fields.code === "string" ? fields.code : "";
    // The browser's random id for "still answering"; anything else is ignored, never an error for the participant.
    const participant = typeof fields.participant === "string" && UUID.test(fields.participant) ? fields.participant : null;
    const perspective = z.enum(PERSPECTIVE_KEYS).safeParse(fields.perspective);
    if (!perspective.success) ctx.addIssue({ code: "custom", path: ["perspective"], message: t("fehler.perspektive") });
    const answers: Partial<Record<ItemKey, { score: Score; note: string }>> = {};
    for (const key of ITEM_KEYS) {
      const raw = fields[key];
      const note = typeof fields[`anmerkung-${key}`] === "string" ? (fields[`anmerkung-${key}`] as string).trim() : "";
      if (note.length > NOTE_MAX_LENGTH || hasControlCharacters(note, true)) {
        ctx.addIssue({ code: "custom", path: [`anmerkung-${key}`], message: t("fehler.anmerkung", { max: formatNumber(NOTE_MAX_LENGTH) }) });
      }
      if (raw === undefined || raw === "") {
        ctx.addIssue({ code: "custom", path: [key], message: t("fehler.frageOffen", { number: getItem(key).number, title: t(`instrument.${key}.title`) }) });
        continue;
      }
      const score = Number(raw);
      if (!isScore(score)) ctx.addIssue({ code: "custom", path: [key], message: t("fehler.wert", { zero: t.percent(0), full: t.percent(100) }) });
      else answers[key] = { score, note };
    }
    if (ctx.issues.length > 0) return z.NEVER;
    return { code, perspective: perspective.data as PerspectiveKey, answers: answers as Record<ItemKey, { score: Score; note: string }>, participant };
  });
}

export const joinWorkshopSchema = joinWorkshopFields(germanTranslate());
export const workshopResponseSchema = workshopResponseFields(germanTranslate());
