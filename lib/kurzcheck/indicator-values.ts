/**
 * Indicator values as people type them and as files bring them: German
 * numbers ("12,5", "1.250"), years from 2000 to this year, units that limit
 * the range (a share is never over 100 %). And the two files a Kommune can
 * import: the portal's template, and the flat CSV ("ffcsv") that GENESIS-Online
 * of the Bayerisches Landesamt für Statistik gives for a table, in which the
 * Kommune's rows are found by its official key (Amtlicher Gemeindeschlüssel).
 * Every row is checked and reported by its number; the caller stores nothing
 * while a single problem remains.
 */
import type { OrganisationKind } from "@/lib/organisations";
import { hasControlCharacters } from "@/lib/validation/zod";
import { INDICATOR_UNITS, type IndicatorUnit } from "./indicator-set";

export const FIRST_YEAR = 2000;
export const SOURCE_MAX_LENGTH = 300;
export const INDICATOR_NOTE_MAX_LENGTH = 1000;

/**
 * A number as written in German: decimal comma, optional thousands dots
 * ("1.234,5"), optional sign. "12.5" is refused rather than guessed (it could
 * mean twelve and a half or, with a thousands dot, 125).
 */
export function parseGermanNumber(input: string | number): number | null {
  if (typeof input === "number") return Number.isFinite(input) ? input : null;
  const text = input
    .trim()
    .replace(/[\u00a0\u202f ]/g, "")
    .replace(/^−/, "-");
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(text)) return null;
  const value = Number(text.replace(/\./g, "").replace(",", "."));
  return Number.isFinite(value) ? value : null;
}

/** Why a value does not fit its unit, or null when it does. */
export function valueProblem(value: number, unit: IndicatorUnit): string | null {
  const rule = INDICATOR_UNITS[unit];
  if (value < rule.min) return "Der Wert darf nicht negativ sein.";
  if (value > rule.max) {
    return unit === "prozent" || unit === "je100" || unit === "punkte"
      ? `Der Wert darf höchstens ${rule.max} sein (Einheit: ${rule.label}).`
      : `Der Wert ist zu groß (höchstens ${rule.max.toLocaleString("de-DE")}).`;
  }
  if (rule.integer && !Number.isInteger(value)) return "Bitte geben Sie eine ganze Zahl ohne Komma an.";
  return null;
}

/** Why a value as typed cannot be stored, or the number. */
export function readValue(input: string | number, unit: IndicatorUnit): { value: number } | { problem: string } {
  if (typeof input === "string" && !input.trim()) return { problem: "Bitte geben Sie einen Wert an." };
  const value = parseGermanNumber(input);
  if (value === null) {
    return typeof input === "string" && /^-?\d+\.\d{1,2}$/.test(input.trim())
      ? { problem: `Bitte schreiben Sie Dezimalzahlen mit Komma, z. B. ${input.trim().replace(".", ",")}.` }
      : { problem: "Bitte geben Sie eine Zahl an, z. B. 12,5." };
  }
  const problem = valueProblem(value, unit);
  return problem ? { problem } : { value };
}

/** A year between 2000 and this year: values are recorded for years that have happened. */
export function readYear(input: string | number, currentYear: number): { year: number } | { problem: string } {
  const text = String(input).trim();
  if (!/^\d{4}$/.test(text)) return { problem: "Bitte geben Sie das Jahr vierstellig an, z. B. 2025." };
  const year = Number(text);
  if (year < FIRST_YEAR) return { problem: `Werte lassen sich ab dem Jahr ${FIRST_YEAR} erfassen.` };
  if (year > currentYear) return { problem: `Das Jahr ${year} liegt in der Zukunft.` };
  return { year };
}

// ---- import ----------------------------------------------------------------

/** An indicator a file row may name: a core indicator or one of the Kommune's own. */
export interface ImportableIndicator {
  key: string;
  name: string;
  unit: IndicatorUnit;
  derived?: boolean;
}

export interface IndicatorEntry {
  indicatorKey: string;
  year: number;
  value: number;
  source: string;
  note: string;
}

export interface ImportContext {
  indicators: readonly ImportableIndicator[];
  kind: OrganisationKind;
  /** The Kommune's official key (8 digits), if recorded. */
  ags: string | null;
  /** For a statistics office file: the indicator its values belong to. */
  statisticsIndicatorKey?: string;
  currentYear: number;
}

export interface ImportReading {
  format: "vorlage" | "landesstatistik";
  entries: IndicatorEntry[];
  /** Rows left out on purpose (another Kommune, a value the office withholds); said, not refused. */
  skipped: number;
  problems: string[];
}

export type Cell = string | number | null;

/** The template's columns, in order; Quelle and Anmerkung may be missing. */
export const TEMPLATE_COLUMNS = ["Indikator", "Jahr", "Wert", "Quelle", "Anmerkung"] as const;
/** What GENESIS writes where a value is withheld or unknown ("." "x" "/" "..."); "-" means "nothing there", i.e. zero. */
const QUALITY_MARKS = new Set([".", "x", "/", "...", "…"]);
const NOTHING_THERE = new Set(["-", "–"]);
const MAX_ROWS = 20_000;

const cellText = (cell: Cell | undefined) => (cell === null || cell === undefined ? "" : String(cell));
const normalise = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

export function readIndicatorTable(rows: readonly (readonly Cell[])[], context: ImportContext): ImportReading {
  const header = (rows[0] ?? []).map((cell) => normalise(cellText(cell)));
  if (rows.length > MAX_ROWS + 1) {
    return { format: "vorlage", entries: [], skipped: 0, problems: [`Die Datei hat mehr als ${MAX_ROWS.toLocaleString("de-DE")} Zeilen.`] };
  }
  if (header.includes("statistics_code") && header.includes("time")) return readStatisticsOfficeFile(rows, header, context);
  return readTemplate(rows, header, context);
}

function readTemplate(rows: readonly (readonly Cell[])[], header: string[], context: ImportContext): ImportReading {
  const reading: ImportReading = { format: "vorlage", entries: [], skipped: 0, problems: [] };
  const expected = TEMPLATE_COLUMNS.map((column) => column.toLowerCase());
  if (expected.slice(0, 3).some((column, index) => header[index] !== column) || header.slice(3).some((cell, index) => cell && cell !== expected[3 + index])) {
    reading.problems.push(
      `Zeile 1: Die erste Zeile muss die Spalten ${TEMPLATE_COLUMNS.join(", ")} nennen, in dieser Reihenfolge (wie in der Vorlage). Für eine Datei der Landesstatistik verwenden Sie bitte das Flatfile-CSV (ffcsv) aus GENESIS-Online.`,
    );
    return reading;
  }
  const byName = new Map<string, ImportableIndicator>();
  for (const indicator of context.indicators) {
    byName.set(normalise(indicator.key), indicator);
    byName.set(normalise(indicator.name), indicator);
  }
  const seen = new Set<string>();
  rows.slice(1).forEach((row, index) => {
    const number = index + 2;
    const cells = row.map(cellText);
    if (cells.every((cell) => !cell.trim())) return;
    if (cells.some((cell) => hasControlCharacters(cell, true))) return reading.problems.push(`Zeile ${number}: Die Zeile enthält Steuerzeichen.`);
    if (cells.slice(TEMPLATE_COLUMNS.length).some((cell) => cell.trim()))
      return reading.problems.push(`Zeile ${number}: Rechts neben „Anmerkung“ stehen weitere Einträge. Bitte löschen Sie diese.`);
    const [name = "", yearText = "", , source = "", note = ""] = cells.map((cell) => cell.trim());
    const rawValue = row[2] ?? "";
    // A template row that names an indicator but was left empty is not an error: it was not needed.
    if (!yearText && cellText(rawValue).trim() === "") return;
    const indicator = byName.get(normalise(name));
    if (!indicator) return reading.problems.push(`Zeile ${number}, Indikator: „${name.slice(0, 80)}“ gibt es für Ihre Kommune nicht.`);
    if (indicator.derived) return reading.problems.push(`Zeile ${number}, Indikator: „${indicator.name}“ trägt das Portal selbst ein.`);
    const year = readYear(yearText, context.currentYear);
    if ("problem" in year) return reading.problems.push(`Zeile ${number}, Jahr: ${year.problem}`);
    const value = readValue(typeof rawValue === "number" ? rawValue : cellText(rawValue), indicator.unit);
    if ("problem" in value) return reading.problems.push(`Zeile ${number}, Wert: ${value.problem}`);
    if (source.length > SOURCE_MAX_LENGTH) return reading.problems.push(`Zeile ${number}, Quelle: höchstens ${SOURCE_MAX_LENGTH} Zeichen.`);
    if (note.length > INDICATOR_NOTE_MAX_LENGTH) return reading.problems.push(`Zeile ${number}, Anmerkung: höchstens ${INDICATOR_NOTE_MAX_LENGTH} Zeichen.`);
    const id = `${indicator.key}|${year.year}`;
    if (seen.has(id)) return reading.problems.push(`Zeile ${number}: „${indicator.name}“ für ${year.year} steht schon weiter oben in der Datei.`);
    seen.add(id);
    reading.entries.push({ indicatorKey: indicator.key, year: year.year, value: value.value, source, note });
  });
  return reading;
}

/** The keys under which the statistics office lists this Kommune: its AGS, for a Landkreis or kreisfreie Stadt also the five-digit Kreis key. */
function regionKeys(ags: string, kind: OrganisationKind): Set<string> {
  const keys = new Set([ags]);
  if (kind === "landkreis" || kind === "kreisfreie_stadt") keys.add(ags.slice(0, 5));
  return keys;
}

function readStatisticsOfficeFile(rows: readonly (readonly Cell[])[], header: string[], context: ImportContext): ImportReading {
  const reading: ImportReading = { format: "landesstatistik", entries: [], skipped: 0, problems: [] };
  const indicator = context.indicators.find((candidate) => candidate.key === context.statisticsIndicatorKey);
  if (!indicator || indicator.derived) {
    reading.problems.push("Indikator: Bitte wählen Sie, zu welchem Indikator die Werte der Datei der Landesstatistik gehören.");
    return reading;
  }
  if (!context.ags) {
    reading.problems.push(
      "Für Ihre Kommune ist kein Amtlicher Gemeindeschlüssel hinterlegt; ohne ihn findet das Portal die Zeilen Ihrer Kommune in der Datei nicht. Bitte ergänzen Sie ihn unter „Einstellungen“.",
    );
    return reading;
  }
  const keys = regionKeys(context.ags, context.kind);
  const regionColumns = header.flatMap((name, index) => (/^\d+_variable_attribute_code$/.test(name) ? [index] : []));
  const timeColumn = header.indexOf("time");
  const valueColumns = header.includes("value")
    ? [header.indexOf("value")]
    : header.flatMap((name, index) => (name.includes("__") && !name.endsWith("_q") ? [index] : []));
  if (valueColumns.length !== 1) {
    reading.problems.push(
      valueColumns.length
        ? "Die Datei enthält mehrere Merkmale nebeneinander. Bitte laden Sie in GENESIS-Online eine Tabelle mit nur dem Wert des Indikators herunter."
        : "In der Datei fehlt die Spalte mit den Werten.",
    );
    return reading;
  }
  const valueColumn = valueColumns[0]!;
  const years = new Map<number, number>();
  rows.slice(1).forEach((row, index) => {
    const number = index + 2;
    const cells = row.map(cellText);
    if (cells.every((cell) => !cell.trim())) return;
    if (!regionColumns.some((column) => keys.has(cells[column]?.trim() ?? ""))) {
      reading.skipped += 1;
      return;
    }
    if (cells.some((cell) => hasControlCharacters(cell, true))) return reading.problems.push(`Zeile ${number}: Die Zeile enthält Steuerzeichen.`);
    const yearMatch = /(\d{4})/.exec(cells[timeColumn] ?? "");
    const year = readYear(yearMatch?.[1] ?? "", context.currentYear);
    if ("problem" in year) return reading.problems.push(`Zeile ${number}, Jahr: ${year.problem}`);
    const raw = row[valueColumn] ?? "";
    if (QUALITY_MARKS.has(cellText(raw).trim())) {
      reading.skipped += 1;
      return;
    }
    const value = readValue(typeof raw === "number" ? raw : NOTHING_THERE.has(cellText(raw).trim()) ? 0 : cellText(raw), indicator.unit);
    if ("problem" in value) return reading.problems.push(`Zeile ${number}, Wert: ${value.problem}`);
    if (years.has(year.year)) {
      return reading.problems.push(
        `Zeile ${number}: Für ${year.year} stehen mehrere Werte Ihrer Kommune in der Datei (Zeile ${years.get(year.year)}), etwa nach Geschlecht aufgeteilt. Bitte laden Sie die Tabelle ohne Aufteilung herunter.`,
      );
    }
    years.set(year.year, number);
    const statistic = cellText(row[header.indexOf("statistics_code")]).trim();
    reading.entries.push({
      indicatorKey: indicator.key,
      year: year.year,
      value: value.value,
      source: `Bayerisches Landesamt für Statistik, GENESIS-Online${statistic ? ` (${statistic.slice(0, 40)})` : ""}`,
      note: "",
    });
  });
  if (!reading.problems.length && !reading.entries.length) {
    reading.problems.push(`Die Datei enthält keinen Wert mit dem Schlüssel Ihrer Kommune (${[...keys].join(" oder ")}).`);
  }
  return reading;
}
