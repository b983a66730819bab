// Rules guarded: an uploaded table is read as German Excel and GENESIS-Online write it (UTF-8 with
// or without BOM, Windows-1252, ";" or ","), an .xlsx by its content rather than its name, and a
// file that is neither, empty, too large or a broken CSV gets a German message on the file field.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { checkUploadSize, MAX_UPLOAD_BYTES, readUploadedTable } from "./uploaded-table";

const bytes = (text: string, encoding: "utf8" | "latin1" = "utf8") => new Uint8Array(Buffer.from(text, encoding)).buffer;

async function refusal(action: () => unknown): Promise<AppError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("readUploadedTable", () => {
  it("reads a German CSV with BOM and semicolons", async () => {
    expect(await readUploadedTable(bytes("\uFEFFIndikator;Jahr;Wert\r\nauslaenderanteil;2024;12,5\r\n"))).toEqual([
      ["Indikator", "Jahr", "Wert"],
      ["auslaenderanteil", "2024", "12,5"],
    ]);
  });

  it("reads Windows-1252 as German Excel saves it, and commas where the first line uses them", async () => {
    expect((await readUploadedTable(bytes("Indikator;Jahr;Wert\nMigrant*innenorganisationen in Gremien;2024;3\nÄ;2023;1", "latin1")))[2]![0]).toBe("Ä");
    expect(await readUploadedTable(bytes("Indikator,Jahr,Wert\nx,2024,3"))).toEqual([
      ["Indikator", "Jahr", "Wert"],
      ["x", "2024", "3"],
    ]);
  });

  it("reads an .xlsx by its content, numbers as numbers", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Indikatoren");
    sheet.addRow(["Indikator", "Jahr", "Wert"]);
    sheet.addRow(["auslaenderanteil", 2024, 12.5]);
    const rows = await readUploadedTable((await book.xlsx.writeBuffer()) as ArrayBuffer);
    expect(rows).toEqual([
      ["Indikator", "Jahr", "Wert"],
      ["auslaenderanteil", 2024, 12.5],
    ]);
  });

  it("refuses a broken CSV, a broken .xlsx and a binary file with a German message on the file field", async () => {
    const quote = await refusal(() => readUploadedTable(bytes('Indikator;Jahr;Wert\n"offen;2024;1\n')));
    expect(quote.fieldErrors?.datei?.[0]).toMatch(/^Die CSV-Datei ist beschädigt/);
    const zip = await refusal(() => readUploadedTable(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).buffer));
    expect(zip.message).toBe("Die Datei lässt sich nicht als Excel-Datei (.xlsx) lesen.");
    const binary = await refusal(() => readUploadedTable(new Uint8Array([0, 1, 2, 0, 255]).buffer));
    expect(binary.message).toBe("Die Datei ist weder eine CSV-Datei noch eine Excel-Datei (.xlsx).");
  });
});

describe("checkUploadSize", () => {
  it("refuses an empty file and one over the limit, before reading it", async () => {
    expect((await refusal(() => checkUploadSize(new ArrayBuffer(0), "zu groß"))).message).toBe("Bitte wählen Sie eine Datei aus.");
    expect((await refusal(() => checkUploadSize(new ArrayBuffer(MAX_UPLOAD_BYTES + 1), "zu groß"))).fieldErrors).toEqual({ datei: ["zu groß"] });
    expect(() => checkUploadSize(new ArrayBuffer(10), "zu groß")).not.toThrow();
  });
});
