/**
 * Which guest language a request asks for (server side: the browser's
 * Accept-Language, read with negotiator). Kept apart from locales.ts, which
 * the browser loads.
 */
import Negotiator from "negotiator";
import { isGuestLocale, type GuestLocale } from "./locales";

/** Browsers name Dari "prs" or "fa-AF": both read the Persian version. Leichte Sprache is never negotiated, only chosen. */
const BROWSER_LANGUAGES: Record<string, GuestLocale> = { de: "de", en: "en", tr: "tr", ro: "ro", pl: "pl", uk: "uk", ru: "ru", ar: "ar", fa: "fa", prs: "fa" };

/** The longest Accept-Language header read: a header of 200 languages is cut, not parsed in full. */
const MAX_ACCEPT_LANGUAGE = 512;

/** The guest language a browser asks for (Accept-Language), else German. */
export function negotiateLocale(acceptLanguage: string | null | undefined): GuestLocale {
  const header = (acceptLanguage ?? "").slice(0, MAX_ACCEPT_LANGUAGE);
  if (!header) return "de";
  const asked = new Negotiator({ headers: { "accept-language": header } }).languages();
  for (const tag of asked) {
    const primary = tag.toLowerCase().split("-")[0]!;
    const locale = BROWSER_LANGUAGES[primary];
    if (locale) return locale;
  }
  return "de";
}

/**
 * The language of a guest page: the URL's choice, else the one remembered
 * for the visit, else the browser's, else German. An unknown or forged
 * `sprache` value is reported, so the page can say so (in German).
 */
export function resolveLocale(input: { param?: unknown; cookie?: string | null; acceptLanguage?: string | null }): {
  locale: GuestLocale;
  unknownParam: boolean;
} {
  const param = Array.isArray(input.param) ? input.param[0] : input.param;
  if (isGuestLocale(param)) return { locale: param, unknownParam: false };
  const unknownParam = param !== undefined && param !== null && param !== "";
  if (isGuestLocale(input.cookie)) return { locale: input.cookie, unknownParam };
  return { locale: negotiateLocale(input.acceptLanguage), unknownParam };
}
