// Rules guarded: a translator's file comes back all or nothing — a broken placeholder, an extra
// column, a file that is not .xlsx or control characters are refused with a German message naming
// the row, and nothing is stored; a checked row is stored as reviewed and shown to guests; a changed
// German source marks its reviewed translations outdated; only admins read or change translations.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "@/lib/auth/signed-in-user";
import { germanSourceMessages } from "@/lib/i18n/messages";
import { dbFor, testPool } from "@/lib/tooling/testing/db";
import { asCurrentUser, createOrganisation, createPerson, rejection } from "@/lib/tooling/testing/fixtures";
import { exportTranslations, guestMessages, importTranslations, translationOverview } from "./translations";

const pool = testPool();
const db = dbFor(pool);
afterAll(() => pool.end());

let admin: CurrentUser;
let advisor: CurrentUser;
let owner: CurrentUser;

beforeAll(async () => {
  await pool.query("DELETE FROM translations WHERE locale = 'pl'");
  admin = await asCurrentUser(db, (await createPerson(db, { role: "admin" })).id);
  advisor = await asCurrentUser(db, (await createPerson(db, { role: "advisor" })).id);
  owner = await asCurrentUser(db, (await createPerson(db, { organisationId: (await createOrganisation(db)).id, membershipRole: "owner" })).id);
});

/** The downloaded Polish file, changed by `edit` as a translator would, as upload bytes. */
async function editedFile(edit: (sheet: ExcelJS.Worksheet) => void): Promise<{ bytes: ArrayBuffer; name: string }> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(await exportTranslations(db, admin, "pl")).buffer);
  edit(book.worksheets[0]!);
  const bytes = await book.xlsx.writeBuffer();
  return { bytes: bytes as ArrayBuffer, name: "uebersetzung-pl.xlsx" };
}

function rowOf(sheet: ExcelJS.Worksheet, key: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  sheet.eachRow((row) => {
    if (row.getCell(1).value === key) found = row;
  });
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

const polish = async () => (await translationOverview(db, admin)).find((language) => language.locale === "pl")!;

describe("translations", () => {
  it("exports every German key with the draft and its state", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await exportTranslations(db, admin, "pl")).buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, "Schlüssel", "Deutsch", "Übersetzung", "Status", "Anmerkung"]);
    expect(sheet.rowCount - 1).toBe(Object.keys(germanSourceMessages()).length);
    const join = rowOf(sheet, "workshop.teilnehmen");
    expect(join.getCell(2).value).toBe("Teilnehmen");
    expect(join.getCell(4).value).toBe("Entwurf");
  });

  it("stores a checked row as reviewed, shows it to guests, and leaves the rest drafts", async () => {
    const before = await polish();
    const file = await editedFile((sheet) => {
      rowOf(sheet, "workshop.teilnehmen").getCell(3).value = "Dołącz do warsztatu";
      rowOf(sheet, "workshop.code").getCell(5).value = "Sprawdzone przez tłumaczkę";
      rowOf(sheet, "workshop.code").getCell(4).value = "geprüft";
    });
    expect(await importTranslations(db, admin, "pl", file)).toEqual({ reviewed: 2 });
    const after = await polish();
    expect(after.counts.reviewed).toBe(before.counts.reviewed + 2);
    expect(after.counts.draft).toBe(before.counts.draft - 2);
    const { messages } = await guestMessages(db, "pl");
    expect((messages.workshop as Record<string, string>).teilnehmen).toBe("Dołącz do warsztatu");
  });

  it("marks a reviewed translation outdated when its German source changes", async () => {
    const source = germanSourceMessages();
    const original = source["workshop.teilnehmen"]!;
    source["workshop.teilnehmen"] = "Mitmachen";
    try {
      const overview = await polish();
      expect(overview.counts.outdated).toBe(1);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(new Uint8Array(await exportTranslations(db, admin, "pl")).buffer);
      expect(rowOf(book.worksheets[0]!, "workshop.teilnehmen").getCell(4).value).toBe("veraltet");
    } finally {
      source["workshop.teilnehmen"] = original;
    }
    expect((await polish()).counts.outdated).toBe(0);
  });

  it.each([
    [
      "a placeholder that was removed",
      (sheet: ExcelJS.Worksheet) => void (rowOf(sheet, "workshop.codeZeile").getCell(3).value = "Kod {code}"),
      /Zeile \d+: Der Platzhalter \{kommune\} fehlt/,
    ],
    [
      "a placeholder that was renamed",
      (sheet: ExcelJS.Worksheet) => void (rowOf(sheet, "workshop.codeZeile").getCell(3).value = "{gmina} · kod {code}"),
      /Zeile \d+: Der Platzhalter \{kommune\} fehlt/,
    ],
    [
      "a broken brace",
      (sheet: ExcelJS.Worksheet) => void (rowOf(sheet, "workshop.codeZeile").getCell(3).value = "{kommune · kod {code}"),
      /Zeile \d+: Die geschweiften Klammern/,
    ],
    ["control characters", (sheet: ExcelJS.Worksheet) => void (rowOf(sheet, "workshop.code").getCell(3).value = "Kod\u0085"), /Zeile \d+: .*Steuerzeichen/],
    ["a bidi override", (sheet: ExcelJS.Worksheet) => void (rowOf(sheet, "workshop.code").getCell(3).value = "\u202eKod"), /Zeile \d+: .*Steuerzeichen/],
    [
      "an unknown key",
      (sheet: ExcelJS.Worksheet) => void sheet.addRow(["workshop.gibtsNicht", "", "x", "geprüft", ""]),
      /Den Schlüssel „workshop.gibtsNicht“ gibt es nicht/,
    ],
    ["an extra column", (sheet: ExcelJS.Worksheet) => void (sheet.getRow(1).getCell(6).value = "Kommentar"), /mehr Spalten als die Vorlage \(Spalte F\)/],
  ])("refuses %s, naming it, and stores nothing", async (_case, edit, message) => {
    const before = await polish();
    const file = await editedFile((sheet) => {
      rowOf(sheet, "workshop.perspektive").getCell(3).value = "Twoja perspektywa (nowa)";
      edit(sheet);
    });
    const error = await rejection(importTranslations(db, admin, "pl", file));
    expect(error.code).toBe("invalid");
    expect(error.message).toMatch(/^Nichts wurde übernommen\.|Spalten/);
    expect(error.message).toMatch(message);
    expect(await polish()).toEqual(before);
  });

  it("names the row of a broken placeholder by its number in the sheet", async () => {
    let rowNumber = 0;
    const file = await editedFile((sheet) => {
      const row = rowOf(sheet, "workshop.codeZeile");
      rowNumber = row.number;
      row.getCell(3).value = "Kod {code}";
    });
    const error = await rejection(importTranslations(db, admin, "pl", file));
    expect(error.message).toContain(`Zeile ${rowNumber}: Der Platzhalter {kommune} fehlt.`);
  });

  it("refuses a file that is not .xlsx, and an empty one", async () => {
    const text = new TextEncoder().encode("Schlüssel;Deutsch\nworkshop.code;Teilnahmecode").buffer as ArrayBuffer;
    expect((await rejection(importTranslations(db, admin, "pl", { bytes: text, name: "x.csv" }))).message).toMatch(/keine Excel-Datei/);
    expect((await rejection(importTranslations(db, admin, "pl", { bytes: new ArrayBuffer(0), name: "leer.xlsx" }))).message).toBe(
      "Bitte wählen Sie eine Datei aus.",
    );
  });

  it("is for admins only: advisors and Kommunen neither read nor change translations", async () => {
    const file = await editedFile((sheet) => void (rowOf(sheet, "workshop.code").getCell(3).value = "Kod"));
    for (const user of [advisor, owner]) {
      expect((await rejection(translationOverview(db, user))).code).toBe("forbidden");
      expect((await rejection(exportTranslations(db, user, "pl"))).code).toBe("forbidden");
      expect((await rejection(importTranslations(db, user, "pl", file))).code).toBe("forbidden");
    }
  });
});
