// Rule guarded: exports open in German Excel (BOM, semicolons, decimal commas) and cannot smuggle formulas.
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("csv", () => {
  it("starts with a BOM and separates by semicolons", () => {
    expect(toCsv(["A", "B"], [["x", 46.2]])).toBe("\uFEFFA;B\r\nx;46,2\r\n");
  });
  it("quotes separators, quotes and line breaks", () => {
    expect(csvCell('a;b "c"\nd')).toBe('"a;b ""c""\nd"');
  });
  it("defuses formula cells but keeps negative numbers", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell(-10)).toBe("-10");
  });
});
