// Rules guarded: a guest page speaks the language of the URL, else the one chosen earlier in the
// visit, else the browser's, else German; Leichte Sprache is chosen, never guessed; an unknown or
// forged value is reported and falls back; a header of 200 languages is cut, never parsed in full.
import { describe, expect, it } from "vitest";
import { GUEST_LOCALES, LOCALES } from "./locales";
import { negotiateLocale, resolveLocale } from "./negotiate";

describe("guest languages", () => {
  it("lists ten languages, each by its own name; Arabic and Persian run right to left", () => {
    expect(GUEST_LOCALES).toEqual(["de", "ls", "en", "tr", "ro", "pl", "uk", "ru", "ar", "fa"]);
    expect(Object.values(LOCALES).map((info) => info.name)).toEqual([
      "Deutsch",
      "Leichte Sprache",
      "English",
      "Türkçe",
      "Română",
      "Polski",
      "Українська",
      "Русский",
      "العربية",
      "فارسی",
    ]);
    expect(GUEST_LOCALES.filter((locale) => LOCALES[locale].dir === "rtl")).toEqual(["ar", "fa"]);
    expect(LOCALES.ls.htmlLang).toBe("de");
  });

  it("takes the URL first, then the visit's choice, then the browser, then German", () => {
    expect(resolveLocale({ param: "tr", cookie: "ar", acceptLanguage: "pl" })).toEqual({ locale: "tr", unknownParam: false });
    expect(resolveLocale({ cookie: "ar", acceptLanguage: "pl" })).toEqual({ locale: "ar", unknownParam: false });
    expect(resolveLocale({ acceptLanguage: "pl-PL,pl;q=0.9,de;q=0.8" })).toEqual({ locale: "pl", unknownParam: false });
    expect(resolveLocale({})).toEqual({ locale: "de", unknownParam: false });
  });

  it("reports an unknown or forged value and falls back", () => {
    for (const forged of ["xx", "<script>", "de-DE", "LS", ["ar", "tr"].join(",")]) {
      expect(resolveLocale({ param: forged, acceptLanguage: "uk" }), forged).toEqual({ locale: "uk", unknownParam: true });
    }
    expect(resolveLocale({ param: ["fa", "de"] }).locale).toBe("fa"); // ?sprache=fa&sprache=de: the first counts
  });

  it("negotiates by quality, maps Dari to Persian, never guesses Leichte Sprache", () => {
    expect(negotiateLocale("fr;q=1, ru;q=0.8, en;q=0.5")).toBe("ru");
    expect(negotiateLocale("prs")).toBe("fa");
    expect(negotiateLocale("fa-AF")).toBe("fa");
    expect(negotiateLocale("ls, de-simple")).toBe("de");
    expect(negotiateLocale("zz, yy")).toBe("de");
  });

  it("reads a header of 200 languages without effort and without error", () => {
    const header = Array.from({ length: 200 }, (_, i) => `x${i};q=0.${(i % 9) + 1}`).join(", ") + ", tr";
    expect(negotiateLocale(header)).toBe("de"); // "tr" lies beyond the part that is read
    expect(negotiateLocale("tr, " + header)).toBe("tr");
  });
});
