/**
 * Translations of the guest pages, as a translation agency works: every
 * message has a state per language — missing, draft (written here, not yet
 * checked by a native speaker), reviewed, or outdated (the German source
 * changed after the review). An admin downloads a language as .xlsx, a
 * translator checks it, the admin uploads it back: every row is validated
 * (key, placeholders, ICU syntax, control characters), all or nothing.
 */
import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
  type MessageFormatElement,
} from "@formatjs/icu-messageformat-parser";
import ExcelJS from "exceljs";
import { checkUploadSize, excelCellText, invalidFile } from "./uploaded-table";
import { isDatabaseOutage } from "@/lib/errors";
import { logger } from "@/lib/log";
import type { Database } from "@/db";
import { audit } from "@/db/queries/audit";
import { listAllTranslations, listTranslations, storeReviewedTranslations, type StoredTranslation } from "@/db/queries/translations";
import { assertCan } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { LOCALES, TRANSLATED_LOCALES, type GuestLocale, type TranslatedLocale } from "@/lib/i18n/locales";
import { composeMessages, flatten, germanSourceMessages, shippedDraft, sourceHash, type FlatMessages, type LocaleMessages } from "@/lib/i18n/messages";

export type TranslationState = "missing" | "draft" | "reviewed" | "outdated";
export const STATE_LABELS: Record<TranslationState, string> = { missing: "fehlt", draft: "Entwurf", reviewed: "geprüft", outdated: "veraltet" };

/** The state of one message in one language (see the module's comment). */
export function stateOf(german: string, draft: string | undefined, stored: Pick<StoredTranslation, "state" | "sourceHash"> | undefined): TranslationState {
  if (stored?.state === "reviewed") return stored.sourceHash === sourceHash(german) ? "reviewed" : "outdated";
  return stored || draft ? "draft" : "missing";
}

/** The messages of a guest page (no account needed: they are the page's text). */
export async function guestMessages(db: Database, locale: GuestLocale): Promise<LocaleMessages> {
  if (locale === "de") return composeMessages("de");
  let stored: Awaited<ReturnType<typeof listTranslations>>;
  try {
    stored = await listTranslations(db, locale);
  } catch (error) {
    // While the database restarts a guest still reads their language: the shipped drafts, without checked corrections.
    if (!isDatabaseOutage(error)) throw error;
    logger().warn({ err: error, locale }, "Übersetzungen nicht lesbar – ausgelieferte Entwürfe verwendet");
    return composeMessages(locale);
  }
  return composeMessages(locale, Object.fromEntries(stored.map((row) => [row.key, row.text])));
}

/** A few messages in several languages at once (a poster in every language a survey offers). */
export async function guestPhrases(
  db: Database,
  locales: readonly GuestLocale[],
  keys: readonly string[],
): Promise<Partial<Record<GuestLocale, Record<string, string>>>> {
  const entries = await Promise.all(
    locales.map(async (locale) => {
      const flat = flatten((await guestMessages(db, locale)).messages);
      return [locale, Object.fromEntries(keys.map((key) => [key, flat[key] ?? key]))] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export interface LanguageStatus {
  locale: TranslatedLocale;
  name: string;
  total: number;
  counts: Record<TranslationState, number>;
}

/** Per language how much is translated and checked (admins only). */
export async function translationOverview(db: Database, admin: CurrentUser): Promise<LanguageStatus[]> {
  assertCan(admin, "users.manage");
  const source = germanSourceMessages();
  const stored = await listAllTranslations(db);
  return TRANSLATED_LOCALES.map((locale) => {
    const draft = shippedDraft(locale);
    const mine = new Map(stored.filter((row) => row.locale === locale).map((row) => [row.key, row]));
    const counts: Record<TranslationState, number> = { missing: 0, draft: 0, reviewed: 0, outdated: 0 };
    for (const [key, german] of Object.entries(source)) counts[stateOf(german, draft[key], mine.get(key))] += 1;
    return { locale, name: LOCALES[locale].name, total: Object.keys(source).length, counts };
  });
}

const COLUMNS = ["Schlüssel", "Deutsch", "Übersetzung", "Status", "Anmerkung"] as const;

/** One language as an .xlsx file for a translator: key, German source, translation, state, a note (admins only). */
export async function exportTranslations(db: Database, admin: CurrentUser, locale: TranslatedLocale): Promise<Buffer> {
  assertCan(admin, "users.manage");
  const source = germanSourceMessages();
  const draft = shippedDraft(locale);
  const stored = new Map((await listTranslations(db, locale)).map((row) => [row.key, row]));
  const book = new ExcelJS.Workbook();
  book.creator = "Kurz-Check Integration";
  const sheet = book.addWorksheet(`Übersetzung ${locale}`);
  sheet.columns = COLUMNS.map((header, index) => ({ header, width: [34, 60, 60, 12, 30][index] }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const [key, german] of Object.entries(source)) {
    const row = stored.get(key);
    sheet.addRow([key, german, row?.text ?? draft[key] ?? "", STATE_LABELS[stateOf(german, draft[key], row)], row?.note ?? ""]);
  }
  for (const column of [2, 3]) sheet.getColumn(column).alignment = { wrapText: true, vertical: "top" };
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Uploads larger than this are refused before they are read. */
/** Control characters other than tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** The arguments a message uses ({number}, {count, plural, …}), from its ICU syntax; null when it does not parse. */
function argumentsOf(message: string): Set<string> | null {
  try {
    const names = new Set<string>();
    const visit = (elements: MessageFormatElement[]) => {
      for (const element of elements) {
        if (isArgumentElement(element) || isNumberElement(element) || isDateElement(element) || isTimeElement(element)) names.add(element.value);
        if (isPluralElement(element) || isSelectElement(element)) {
          names.add(element.value);
          for (const option of Object.values(element.options)) visit(option.value);
        }
        if (isTagElement(element)) visit(element.children);
      }
    };
    visit(parse(message));
    return names;
  } catch {
    return null;
  }
}

export interface ImportResult {
  reviewed: number;
}

/**
 * Reads a translator's file back. A row counts as checked when its state says
 * "geprüft" or its translation was changed; it is stored as reviewed against
 * today's German source. Every row is validated first; one broken row and
 * nothing is stored (a German message names each, by its row number).
 */
export async function importTranslations(
  db: Database,
  admin: CurrentUser,
  locale: TranslatedLocale,
  file: { bytes: ArrayBuffer; name: string },
): Promise<ImportResult> {
  assertCan(admin, "users.manage");
  checkUploadSize(file.bytes, "Die Datei ist größer als 2 MB; eine Übersetzungsdatei ist viel kleiner.");
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file.bytes);
  } catch {
    throw invalidFile("Die Datei ist keine Excel-Datei (.xlsx). Bitte laden Sie die heruntergeladene Datei nach der Bearbeitung wieder hoch.");
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw invalidFile("Die Datei enthält kein Tabellenblatt.");
  const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(excelCellText);
  const extra = header.slice(COLUMNS.length).findIndex((cell) => cell.trim() !== "");
  if (extra >= 0)
    throw invalidFile(
      `Die Datei hat mehr Spalten als die Vorlage (Spalte ${String.fromCharCode(65 + COLUMNS.length + extra)}). Bitte nur die fünf Spalten ${COLUMNS.join(", ")} verwenden.`,
    );
  if (COLUMNS.some((column, index) => header[index]?.trim() !== column)) {
    throw invalidFile(`Die erste Zeile muss die Spalten ${COLUMNS.join(", ")} nennen, in dieser Reihenfolge.`);
  }

  const source = germanSourceMessages();
  const current: FlatMessages = { ...shippedDraft(locale), ...Object.fromEntries((await listTranslations(db, locale)).map((row) => [row.key, row.text])) };
  const problems: string[] = [];
  const seen = new Set<string>();
  const checked: { key: string; text: string; sourceHash: string; note: string }[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells = (row.values as ExcelJS.CellValue[]).slice(1).map(excelCellText);
    if (cells.slice(COLUMNS.length).some((cell) => cell.trim() !== "")) return problems.push(`Zeile ${number}: Werte außerhalb der fünf Spalten.`);
    const [key = "", , text = "", state = "", note = ""] = cells.map((cell) => cell.replace(/\r\n/g, "\n"));
    if (!key.trim() && !text.trim()) return;
    const german = source[key.trim()];
    if (german === undefined) return problems.push(`Zeile ${number}: Den Schlüssel „${key.slice(0, 80)}“ gibt es nicht.`);
    if (seen.has(key.trim())) return problems.push(`Zeile ${number}: Der Schlüssel „${key}“ steht doppelt in der Datei.`);
    seen.add(key.trim());
    if (CONTROL.test(text) || CONTROL.test(note)) return problems.push(`Zeile ${number}: Die Übersetzung oder die Anmerkung enthält Steuerzeichen.`);
    const marked = state.trim().toLowerCase() === STATE_LABELS.reviewed;
    const changed = text !== (current[key.trim()] ?? "");
    if (!marked && !changed) return;
    if (!text.trim()) return problems.push(`Zeile ${number}: Die Übersetzung ist leer.`);
    if (text.length > 4000 || note.length > 2000) return problems.push(`Zeile ${number}: Der Text ist zu lang.`);
    const wanted = argumentsOf(german)!;
    const given = argumentsOf(text);
    if (!given)
      return problems.push(`Zeile ${number}: Die geschweiften Klammern sind nicht vollständig (ICU-Syntax). Bitte mit der Spalte „Deutsch“ vergleichen.`);
    const missing = [...wanted].filter((name) => !given.has(name));
    const unknown = [...given].filter((name) => !wanted.has(name));
    if (missing.length) return problems.push(`Zeile ${number}: Der Platzhalter ${missing.map((name) => `{${name}}`).join(", ")} fehlt.`);
    if (unknown.length)
      return problems.push(`Zeile ${number}: Den Platzhalter ${unknown.map((name) => `{${name}}`).join(", ")} gibt es im deutschen Text nicht.`);
    checked.push({ key: key.trim(), text, sourceHash: sourceHash(german), note });
  });
  if (problems.length) {
    const shown = problems.slice(0, 10);
    const more = problems.length > shown.length ? ` … und ${problems.length - shown.length} weitere.` : "";
    throw invalidFile(`Nichts wurde übernommen. ${shown.join(" ")}${more}`);
  }
  await db.transaction(async (tx) => {
    await storeReviewedTranslations(tx, locale, checked, admin.id);
    await audit(tx, {
      actorId: admin.id,
      action: "translations.imported",
      entityType: "translation",
      entityId: null,
      data: { locale, reviewed: checked.length, file: file.name.slice(0, 100) },
    });
  });
  return { reviewed: checked.length };
}
