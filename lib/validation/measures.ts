/** zod schemas of the plan of measures, with German messages. */
import { ITEM_KEYS, isScore, type Score } from "@/lib/kurzcheck/keys";
import { MEASURE_STATUS_KEYS } from "@/lib/measures";
import { optionalEnum, text, z } from "./zod";

const itemList = z
  .union([z.string(), z.array(z.string())], { error: "Bitte wählen Sie mindestens eine Frage des Kurz-Checks." })
  .transform((value) => (Array.isArray(value) ? value : [value]))
  .pipe(
    z
      .array(z.enum(ITEM_KEYS, { error: "Diese Frage gibt es im Kurz-Check nicht." }))
      .min(1, { error: "Bitte wählen Sie mindestens eine Frage des Kurz-Checks." })
      .max(ITEM_KEYS.length),
  )
  .transform((keys) => [...new Set(keys)]);

const TARGET_MESSAGE = "Bitte wählen Sie einen Zielwert zwischen 0 % und 100 % in Zehnerschritten.";

/** "" for no target, else a score on the 10-step grid. */
const targetScore = z
  .string()
  .optional()
  .transform((value, ctx): Score | null => {
    if (value === undefined || value.trim() === "") return null;
    const number = Number(value);
    if (isScore(number)) return number;
    ctx.addIssue({ code: "custom", message: TARGET_MESSAGE });
    return z.NEVER;
  });

/** A calendar date "2027-05-31" that exists; "" for none. */
const dueOn = z
  .string()
  .optional()
  .transform((value, ctx): string | null => {
    if (value === undefined || value.trim() === "") return null;
    const date = new Date(`${value}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
      ctx.addIssue({ code: "custom", message: "Bitte geben Sie ein gültiges Datum an, z. B. 31.05.2027." });
      return z.NEVER;
    }
    if (value < "2000-01-01" || value > "2100-12-31") {
      ctx.addIssue({ code: "custom", message: "Bitte geben Sie ein Datum zwischen 2000 und 2100 an." });
      return z.NEVER;
    }
    return value;
  });

/**
 * The measure form. "Verantwortlich" is a member of the Kommune (their id) or
 * "stelle", with the office or role named in "verantwortlicheStelle".
 */
export const measureFormSchema = z
  .object({
    title: text({ error: "Bitte benennen Sie die Maßnahme." })
      .trim()
      .min(1, { error: "Bitte benennen Sie die Maßnahme." })
      .max(200, { error: "Der Titel darf höchstens 200 Zeichen lang sein." }),
    description: text({ multiline: true }).trim().max(5000, { error: "Die Beschreibung darf höchstens 5.000 Zeichen lang sein." }).optional().default(""),
    items: itemList,
    verantwortlich: z.string({ error: "Bitte wählen Sie, wer verantwortlich ist." }).min(1, { error: "Bitte wählen Sie, wer verantwortlich ist." }),
    verantwortlicheStelle: text().trim().max(120, { error: "Die Stelle darf höchstens 120 Zeichen lang sein." }).optional().default(""),
    dueOn,
    targetScore,
    zielIndikator: z.string().max(100).optional().default(""),
    zielIndikatorWert: z.string().max(40).optional().default(""),
    status: z.enum(MEASURE_STATUS_KEYS, { error: "Bitte wählen Sie einen Status." }).default("planned"),
  })
  .superRefine((data, ctx) => {
    if (data.verantwortlich === "stelle" && !data.verantwortlicheStelle) {
      ctx.addIssue({ code: "custom", path: ["verantwortlicheStelle"], message: "Bitte nennen Sie die verantwortliche Stelle, z. B. „Amt für Soziales“." });
    } else if (data.verantwortlich !== "stelle" && !z.uuid().safeParse(data.verantwortlich).success) {
      ctx.addIssue({ code: "custom", path: ["verantwortlich"], message: "Bitte wählen Sie eine Person aus Ihrem Team oder eine Stelle." });
    }
    if (data.zielIndikator && !data.zielIndikatorWert.trim()) {
      ctx.addIssue({ code: "custom", path: ["zielIndikatorWert"], message: "Bitte nennen Sie den Wert, den der Indikator erreichen soll, z. B. 12,5." });
    } else if (!data.zielIndikator && data.zielIndikatorWert.trim()) {
      ctx.addIssue({ code: "custom", path: ["zielIndikator"], message: "Bitte wählen Sie den Indikator, zu dem der Zielwert gehört." });
    }
  })
  .transform(({ verantwortlich, verantwortlicheStelle, zielIndikator, zielIndikatorWert, ...rest }) => ({
    ...rest,
    indicatorTarget: zielIndikator ? { key: zielIndikator, value: zielIndikatorWert.trim() } : null,
    responsible: verantwortlich === "stelle" ? ({ role: verantwortlicheStelle } as const) : ({ userId: verantwortlich } as const),
  }));

export type MeasureInput = z.output<typeof measureFormSchema>;

export const updateMeasureSchema = z
  .object({ measureId: z.uuid({ error: "Unbekannte Maßnahme." }), version: z.coerce.number().int().min(1).max(1_000_000_000) })
  .and(measureFormSchema);

export const measureNoteSchema = z.object({
  measureId: z.uuid({ error: "Unbekannte Maßnahme." }),
  body: text({ multiline: true, error: "Bitte schreiben Sie einen Eintrag." })
    .trim()
    .min(1, { error: "Bitte schreiben Sie einen Eintrag." })
    .max(5000, { error: "Der Eintrag darf höchstens 5.000 Zeichen lang sein." }),
});

/** The query string of /kommune/massnahmen; anything unknown means "all". */
export const measureFilterSchema = z.object({
  status: optionalEnum(MEASURE_STATUS_KEYS),
  frage: optionalEnum(ITEM_KEYS),
  verantwortlich: z.string().max(200).optional().catch(undefined),
  ueberfaellig: optionalEnum(["ja"] as const),
});
