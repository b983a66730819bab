/**
 * The languages of the pages for people without an account (workshop guests,
 * personal links, the resident survey). The signed-in portal stays German.
 * Pure: pages, components and tests use it alike.
 */
export const GUEST_LOCALES = ["de", "ls", "en", "tr", "ro", "pl", "uk", "ru", "ar", "fa"] as const;
export type GuestLocale = (typeof GUEST_LOCALES)[number];

/** The languages translated from German (their texts have a state: draft, reviewed, …). */
export type TranslatedLocale = Exclude<GuestLocale, "de">;
export const TRANSLATED_LOCALES = GUEST_LOCALES.filter((locale): locale is TranslatedLocale => locale !== "de");

export interface LocaleInfo {
  /** The language's name in itself, as the chooser lists it. */
  name: string;
  /** The value of `lang` (Leichte Sprache is German). */
  htmlLang: string;
  dir: "ltr" | "rtl";
  /** The locale numbers and percentages are formatted in. */
  intl: string;
}

export const LOCALES: Record<GuestLocale, LocaleInfo> = {
  de: { name: "Deutsch", htmlLang: "de", dir: "ltr", intl: "de-DE" },
  ls: { name: "Leichte Sprache", htmlLang: "de", dir: "ltr", intl: "de-DE" },
  en: { name: "English", htmlLang: "en", dir: "ltr", intl: "en-GB" },
  tr: { name: "Türkçe", htmlLang: "tr", dir: "ltr", intl: "tr-TR" },
  ro: { name: "Română", htmlLang: "ro", dir: "ltr", intl: "ro-RO" },
  pl: { name: "Polski", htmlLang: "pl", dir: "ltr", intl: "pl-PL" },
  uk: { name: "Українська", htmlLang: "uk", dir: "ltr", intl: "uk-UA" },
  ru: { name: "Русский", htmlLang: "ru", dir: "ltr", intl: "ru-RU" },
  ar: { name: "العربية", htmlLang: "ar", dir: "rtl", intl: "ar" },
  fa: { name: "فارسی", htmlLang: "fa", dir: "rtl", intl: "fa" },
};

export function isGuestLocale(value: unknown): value is GuestLocale {
  return typeof value === "string" && (GUEST_LOCALES as readonly string[]).includes(value);
}

/** The URL parameter and the cookie that carry a guest's choice for the visit. */
export const LOCALE_PARAM = "sprache";
export const LOCALE_COOKIE = "sprache";

/** A guest page's address in the guest's language: the URL carries it (also where no script set the cookie); German needs nothing. */
export function withLocale(path: string, locale: GuestLocale): string {
  return locale === "de" ? path : `${path}${path.includes("?") ? "&" : "?"}${LOCALE_PARAM}=${locale}`;
}
