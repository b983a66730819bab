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
import { AGE_KEYS, isAgreement, MIGRATION_KEYS, RESIDENCE_KEYS, surveyStatements, type Agreement } from "@/lib/kurzcheck/survey";
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

/** /befragung: the code from the poster. */
export function joinSurveyFields(t: Translate) {
  return z.object({
    code: text({ error: t("workshop.codeFehlt") })
      .trim()
      .min(1, { error: t("workshop.codeFehlt") })
      .max(20, { error: t("befragung.beendet") }),
  });
}

/** A statement's field in the resident survey's form. */
export const statementField = (key: string) => `aussage-${key}`;

/**
 * A resident's answers: every statement ("aussage-<key>", 5 … 1 or 0 for
 * "weiß nicht") of the survey's version, and the optional answers about
 * themselves. A statement the version does not have, or a value off the
 * scale, is a forged form: refused as a whole.
 */
export function surveyResponseFields(t: Translate, version: number) {
  const statements = surveyStatements(version);
  const known = new Set(statements.map((statement) => statementField(statement.key)));
  const optional = <T extends readonly string[]>(values: T, field: unknown): T[number] | null | false => {
    if (field === undefined || field === "") return null;
    return typeof field === "string" && (values as readonly string[]).includes(field) ? field : false;
  };
  return z.record(z.string(), z.unknown()).transform((fields, ctx) => {
    const code = typeof fields.code === "string" ? fields.code : "";
    const forged = Object.keys(fields).some((name) => name.startsWith("aussage-") && !known.has(name));
    const answers: { statementKey: string; value: Agreement }[] = [];
    for (const statement of statements) {
      const raw = fields[statementField(statement.key)];
      if (raw === undefined || raw === "") {
        ctx.addIssue({ code: "custom", path: [statementField(statement.key)], message: t("befragung.aussageOffen", { number: statement.number }) });
        continue;
      }
      const value = Number(raw);
      if (typeof raw !== "string" || !isAgreement(value)) {
        ctx.addIssue({ code: "custom", path: [statementField(statement.key)], message: t("befragung.ungueltig") });
        continue;
      }
      answers.push({ statementKey: statement.key, value });
    }
    const migration = optional(MIGRATION_KEYS, fields.zugewandert);
    const age = optional(AGE_KEYS, fields.alter);
    const residence = optional(RESIDENCE_KEYS, fields.wohndauer);
    if (forged || migration === false || age === false || residence === false) {
      ctx.addIssue({ code: "custom", path: [], message: t("befragung.ungueltig") }); // the form as a whole: its summary says it
    }
    if (ctx.issues.length > 0) return z.NEVER;
    const profile = migration || age || residence ? { migration: migration || null, age: age || null, residence: residence || null } : null;
    return { code, answers, profile };
  });
}

export const joinWorkshopSchema = joinWorkshopFields(germanTranslate());
export const joinSurveySchema = joinSurveyFields(germanTranslate());
export const surveyResponseSchema = surveyResponseFields(germanTranslate(), 1);
export const workshopResponseSchema = workshopResponseFields(germanTranslate());
