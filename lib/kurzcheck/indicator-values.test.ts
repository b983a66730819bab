// Rules guarded: values are read as Germans write them and never guessed; a year outside 2000 to
// this year, a share over 100 % or a fraction of a count is refused with a German message naming the
// row and the field; the template and GENESIS-Online's flat CSV are read row by row, rows of other
// Kommunen and withheld values are skipped, and every problem is reported, not only the first.
import { describe, expect, it } from "vitest";
import { readIndicatorTable, readValue, readYear, parseGermanNumber, type ImportContext } from "./indicator-values";

const context: ImportContext = {
  indicators: [
    { key: "auslaenderanteil", name: "Anteil ausländischer Staatsangehöriger an der Bevölkerung", unit: "prozent" },
    { key: "migrantenorganisationen", name: "Migrant*innenorganisationen in Gremien und Beteiligungsverfahren", unit: "anzahl" },
    { key: "befragung-index", name: "Gesamtwert der Einwohnerbefragung", unit: "punkte", derived: true },
  ],
  kind: "landkreis",
  ags: "09175000",
  currentYear: 2026,
};

const template = (...rows: (string | number)[][]) => [["Indikator", "Jahr", "Wert", "Quelle", "Anmerkung"], ...rows];

describe("German numbers", () => {
  it("reads decimal commas and thousands dots", () => {
    expect(parseGermanNumber("12,5")).toBe(12.5);
    expect(parseGermanNumber("1.234,5")).toBe(1234.5);
    expect(parseGermanNumber(" 1 250 ")).toBe(1250);
    expect(parseGermanNumber("0")).toBe(0);
    expect(parseGermanNumber(7.25)).toBe(7.25);
  });
  it("refuses letters and ambiguous points instead of guessing", () => {
    expect(parseGermanNumber("zwölf")).toBeNull();
    expect(parseGermanNumber("12.5")).toBeNull();
    expect(parseGermanNumber("1,2,3")).toBeNull();
    expect(parseGermanNumber("")).toBeNull();
    expect(readValue("12.5", "prozent")).toEqual({ problem: "Bitte schreiben Sie Dezimalzahlen mit Komma, z. B. 12,5." });
    expect(readValue("abc", "prozent")).toEqual({ problem: "Bitte geben Sie eine Zahl an, z. B. 12,5." });
  });
  it("checks the unit: no share over 100 %, no negative value, no fraction of a count", () => {
    expect(readValue("100,1", "prozent")).toEqual({ problem: "Der Wert darf höchstens 100 sein (Einheit: %)." });
    expect(readValue("-3", "prozent")).toEqual({ problem: "Der Wert darf nicht negativ sein." });
    expect(readValue("2,5", "anzahl")).toEqual({ problem: "Bitte geben Sie eine ganze Zahl ohne Komma an." });
    expect(readValue("1.500", "anzahl")).toEqual({ value: 1500 });
    expect(readValue("100", "prozent")).toEqual({ value: 100 });
  });
  it("takes years from 2000 to this year only", () => {
    expect(readYear("2026", 2026)).toEqual({ year: 2026 });
    expect(readYear("2027", 2026)).toEqual({ problem: "Das Jahr 2027 liegt in der Zukunft." });
    expect(readYear("1999", 2026)).toEqual({ problem: "Werte lassen sich ab dem Jahr 2000 erfassen." });
    expect(readYear("25", 2026)).toEqual({ problem: "Bitte geben Sie das Jahr vierstellig an, z. B. 2025." });
  });
});

describe("the template", () => {
  it("reads rows by key or name, skips rows left empty, keeps numbers from Excel as they are", () => {
    const reading = readIndicatorTable(
      template(
        ["auslaenderanteil", "2024", "12,5", "GENESIS 12411", ""],
        ["Anteil ausländischer Staatsangehöriger an der Bevölkerung", 2025, 13.1, "", "vorläufig"],
        ["Migrant*innenorganisationen in Gremien und Beteiligungsverfahren", "", "", "", "Einheit: Anzahl"],
      ),
      context,
    );
    expect(reading.problems).toEqual([]);
    expect(reading.entries).toEqual([
      { indicatorKey: "auslaenderanteil", year: 2024, value: 12.5, source: "GENESIS 12411", note: "" },
      { indicatorKey: "auslaenderanteil", year: 2025, value: 13.1, source: "", note: "vorläufig" },
    ]);
  });

  it("reports every broken row by its number and field", () => {
    const reading = readIndicatorTable(
      template(
        ["auslaenderanteil", "2024", "zwölf"],
        ["auslaenderanteil", "2031", "12"],
        ["gibt-es-nicht", "2024", "1"],
        ["auslaenderanteil", "2023", "140"],
        ["migrantenorganisationen", "2024", "3\u0007"],
        ["befragung-index", "2024", "70"],
        ["auslaenderanteil", "2022", "10"],
        ["auslaenderanteil", "2022", "11"],
      ),
      context,
    );
    expect(reading.problems).toEqual([
      "Zeile 2, Wert: Bitte geben Sie eine Zahl an, z. B. 12,5.",
      "Zeile 3, Jahr: Das Jahr 2031 liegt in der Zukunft.",
      "Zeile 4, Indikator: „gibt-es-nicht“ gibt es für Ihre Kommune nicht.",
      "Zeile 5, Wert: Der Wert darf höchstens 100 sein (Einheit: %).",
      "Zeile 6: Die Zeile enthält Steuerzeichen.",
      "Zeile 7, Indikator: „Gesamtwert der Einwohnerbefragung“ trägt das Portal selbst ein.",
      "Zeile 9: „Anteil ausländischer Staatsangehöriger an der Bevölkerung“ für 2022 steht schon weiter oben in der Datei.",
    ]);
  });

  it("refuses a file whose first line is not the template's", () => {
    const reading = readIndicatorTable(
      [
        ["Name", "Wert"],
        ["x", "1"],
      ],
      context,
    );
    expect(reading.problems[0]).toMatch(/^Zeile 1: Die erste Zeile muss die Spalten Indikator, Jahr, Wert, Quelle, Anmerkung nennen/);
    expect(reading.entries).toEqual([]);
  });
});

describe("GENESIS-Online's flat CSV", () => {
  const header = [
    "statistics_code",
    "statistics_label",
    "time_code",
    "time_label",
    "time",
    "1_variable_code",
    "1_variable_label",
    "1_variable_attribute_code",
    "1_variable_attribute_label",
    "value",
    "value_unit",
  ];
  const row = (key: string, year: string, value: string) => [
    "12411-009r",
    "Bevölkerung",
    "STAG",
    "Stichtag",
    year,
    "KREISE",
    "Kreise",
    key,
    "Landkreis",
    value,
    "%",
  ];

  it("takes the Kommune's rows by its key, skips the others and withheld values, reads '-' as zero", () => {
    const reading = readIndicatorTable(
      [header, row("09175", "31.12.2023", "11,2"), row("09176", "31.12.2023", "8,0"), row("09175", "31.12.2024", "."), row("09175", "31.12.2022", "-")],
      {
        ...context,
        statisticsIndicatorKey: "auslaenderanteil",
      },
    );
    expect(reading.problems).toEqual([]);
    expect(reading.format).toBe("landesstatistik");
    expect(reading.skipped).toBe(2);
    expect(reading.entries).toEqual([
      { indicatorKey: "auslaenderanteil", year: 2023, value: 11.2, source: "Bayerisches Landesamt für Statistik, GENESIS-Online (12411-009r)", note: "" },
      // "-" is GENESIS's "nothing there": zero, not a missing value.
      { indicatorKey: "auslaenderanteil", year: 2022, value: 0, source: "Bayerisches Landesamt für Statistik, GENESIS-Online (12411-009r)", note: "" },
    ]);
  });

  it("needs the indicator, the Kommune's key, and one value per year", () => {
    expect(readIndicatorTable([header, row("09175", "2023", "11,2")], context).problems[0]).toMatch(/^Indikator: Bitte wählen Sie/);
    expect(
      readIndicatorTable([header, row("09175", "2023", "11,2")], { ...context, ags: null, statisticsIndicatorKey: "auslaenderanteil" }).problems[0],
    ).toMatch(/kein Amtlicher Gemeindeschlüssel/);
    expect(readIndicatorTable([header, row("09176", "2023", "11,2")], { ...context, statisticsIndicatorKey: "auslaenderanteil" }).problems).toEqual([
      "Die Datei enthält keinen Wert mit dem Schlüssel Ihrer Kommune (09175000 oder 09175).",
    ]);
    expect(
      readIndicatorTable([header, row("09175", "2023", "11,2"), row("09175", "2023", "5,1")], { ...context, statisticsIndicatorKey: "auslaenderanteil" })
        .problems[0],
    ).toMatch(/^Zeile 3: Für 2023 stehen mehrere Werte Ihrer Kommune in der Datei \(Zeile 2\)/);
  });
});
