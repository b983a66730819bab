/**
 * An uploaded table (.xlsx or CSV) as rows of cells, with the checks every
 * upload gets first: not empty, not over the size limit, readable. Refusals
 * are German messages on the form's file field ("datei").
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { AppError } from "@/lib/errors";

/** Uploads are small tables; the server action's body limit (next.config.ts) leaves room above this. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

export type TableCell = string | number | null;

export function invalidFile(message: string): AppError {
  return new AppError("invalid", message, { fieldErrors: { datei: [message] } });
}

/** Refuses an empty or oversized file before anything reads it. */
export function checkUploadSize(bytes: ArrayBuffer, tooLarge: string): void {
  if (bytes.byteLength === 0) throw invalidFile("Bitte wählen Sie eine Datei aus.");
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw invalidFile(tooLarge);
}

/** The text of an Excel cell, whatever kind of value it holds. */
export function excelCellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object" && "richText" in value) return value.richText.map((part) => part.text).join("");
  if (typeof value === "object" && "result" in value) return value.result === undefined ? "" : String(value.result);
  if (typeof value === "object" && "text" in value) return String(value.text);
  return String(value);
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** The first sheet of an .xlsx; numbers stay numbers (a value typed in Excel needs no German parsing). */
async function readWorkbook(bytes: ArrayBuffer): Promise<TableCell[][]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes);
  } catch {
    throw invalidFile("Die Datei lässt sich nicht als Excel-Datei (.xlsx) lesen.");
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw invalidFile("Die Datei enthält kein Tabellenblatt.");
  const rows: TableCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1);
    rows[number - 1] = values.map((value) => (typeof value === "number" ? value : excelCellText(value)));
  });
  return Array.from(rows, (row) => row ?? []);
}

/**
 * CSV as German Excel and GENESIS-Online write it: UTF-8 (with or without
 * BOM) or Windows-1252, ";" as separator (or "," and tab where the first line
 * says so).
 */
function readCsv(bytes: Uint8Array): TableCell[][] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1252").decode(bytes);
  }
  text = text.replace(/^\uFEFF/, "");
  if (text.includes("\u0000")) throw invalidFile("Die Datei ist weder eine CSV-Datei noch eine Excel-Datei (.xlsx).");
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [";", "\t", ","].reduce((best, candidate) => (firstLine.split(candidate).length > firstLine.split(best).length ? candidate : best), ";");
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw invalidFile(`Die CSV-Datei ist beschädigt${line ? ` (um Zeile ${line})` : ""}, etwa durch ein Anführungszeichen ohne Gegenstück.`);
  }
}

export async function readUploadedTable(bytes: ArrayBuffer): Promise<TableCell[][]> {
  const view = new Uint8Array(bytes);
  return isZip(view) ? readWorkbook(bytes) : readCsv(view);
}
