/**
 * zod schemas of the indicator forms, with German messages. The value itself
 * is read by lib/kurzcheck/indicator-values.ts in the service, because its
 * range depends on the indicator's unit.
 */
import { INDICATOR_NOTE_MAX_LENGTH, SOURCE_MAX_LENGTH } from "@/lib/kurzcheck/indicator-values";
import { INDICATOR_DIRECTION_KEYS, INDICATOR_UNIT_KEYS } from "@/lib/kurzcheck/indicator-set";
import { text, z } from "./zod";

/** "Wert speichern": indicator, year, value as typed ("12,5"), where it came from, a note. */
export const indicatorValueSchema = z.object({
  indikator: z.string({ error: "Bitte wählen Sie einen Indikator." }).min(1, { error: "Bitte wählen Sie einen Indikator." }).max(100),
  jahr: z.string({ error: "Bitte geben Sie das Jahr an." }).max(10, { error: "Bitte geben Sie das Jahr vierstellig an, z. B. 2025." }),
  wert: text({ error: "Bitte geben Sie einen Wert an." }).max(40, { error: "Bitte geben Sie eine Zahl an, z. B. 12,5." }),
  quelle: text()
    .trim()
    .max(SOURCE_MAX_LENGTH, { error: `Die Quelle darf höchstens ${SOURCE_MAX_LENGTH} Zeichen lang sein.` })
    .optional()
    .default(""),
  anmerkung: text({ multiline: true })
    .trim()
    .max(INDICATOR_NOTE_MAX_LENGTH, { error: `Die Anmerkung darf höchstens ${INDICATOR_NOTE_MAX_LENGTH.toLocaleString("de-DE")} Zeichen lang sein.` })
    .optional()
    .default(""),
});

/** "Eigenen Indikator anlegen". */
export const ownIndicatorSchema = z.object({
  name: text({ error: "Bitte benennen Sie den Indikator." })
    .trim()
    .min(3, { error: "Bitte benennen Sie den Indikator (mindestens 3 Zeichen)." })
    .max(160, { error: "Der Name darf höchstens 160 Zeichen lang sein." }),
  definition: text({ multiline: true }).trim().max(1000, { error: "Die Definition darf höchstens 1.000 Zeichen lang sein." }).optional().default(""),
  einheit: z.enum(INDICATOR_UNIT_KEYS, { error: "Bitte wählen Sie eine Einheit." }),
  richtung: z.enum(INDICATOR_DIRECTION_KEYS, { error: "Bitte wählen Sie, in welche Richtung sich der Wert entwickeln soll." }),
  quelle: text()
    .trim()
    .max(SOURCE_MAX_LENGTH, { error: `Die Quelle darf höchstens ${SOURCE_MAX_LENGTH} Zeichen lang sein.` })
    .optional()
    .default(""),
});

/** "Datei einlesen": the file; for a file of the statistics office, the indicator its values belong to. */
export const indicatorImportSchema = z.object({
  datei: z.instanceof(File, { error: "Bitte wählen Sie eine Datei aus." }).refine((file) => file.size > 0, { error: "Bitte wählen Sie eine Datei aus." }),
  indikatorDatei: z.string().max(100).optional().default(""),
});
