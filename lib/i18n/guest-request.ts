/**
 * The language of the guest page being rendered (the Next.js adapter of
 * lib/i18n): the URL's `sprache`, else the visit's cookie, else the browser's
 * Accept-Language, else German; with its messages and a translator for the
 * page's own (server-rendered) text.
 */
import "server-only";
import { cookies, headers } from "next/headers";
import { createElement } from "react";
import { getDb } from "@/db";
import type { ItemAnchors } from "@/lib/kurzcheck/item-guidance";
import { CHECK_ITEMS, type CheckItem } from "@/lib/kurzcheck/items";
import { guestMessages } from "@/lib/services/translations";
import { LOCALE_COOKIE, LOCALE_PARAM, LOCALES, type GuestLocale } from "./locales";
import { pick, translatorFor, type MessageValues, type Translate } from "./messages";
import { resolveLocale } from "./negotiate";

export interface GuestRequest {
  locale: GuestLocale;
  lang: string;
  dir: "ltr" | "rtl";
  intl: string;
  /** The URL named a language this portal does not have: the page says so, in German. */
  unknownParam: boolean;
  /** What to show for a key: German where the language has no text yet, marked lang="de". */
  t: ((key: string, values?: MessageValues) => React.ReactNode) & { text: Translate };
  /** The messages of the namespaces the page's client components read, for GuestIntl. */
  clientMessages: (namespaces: readonly string[]) => ReturnType<typeof pick>;
  fallback: readonly string[];
  /** The 13 items in the guest's language (an item whose question has no translation yet is marked German). */
  items: () => (CheckItem & { anchors: ItemAnchors; lang?: string })[];
}

/**
 * The guest's language: the choice sent along (`sprache` in the URL or the
 * form), else the visit's, else the browser's — among the languages
 * `offered` (a survey may offer fewer), else German or the first offered.
 */
async function guestLocale(param: unknown, offered?: readonly GuestLocale[]) {
  const resolved = resolveLocale({
    param,
    cookie: (await cookies()).get(LOCALE_COOKIE)?.value ?? null,
    acceptLanguage: (await headers()).get("accept-language"),
  });
  if (!offered?.length || offered.includes(resolved.locale)) return resolved;
  return { ...resolved, locale: offered.includes("de") ? ("de" as const) : offered[0]! };
}

/** The messages of a guest's language as plain text: what a guest's server action answers in. */
export async function guestTranslate(param: unknown, offered?: readonly GuestLocale[]): Promise<Translate> {
  const { locale } = await guestLocale(param, offered);
  return translatorFor(locale, (await guestMessages(getDb(), locale)).messages);
}

export async function guestRequest(searchParams: Record<string, string | string[] | undefined>, offered?: readonly GuestLocale[]): Promise<GuestRequest> {
  const { locale, unknownParam } = await guestLocale(searchParams[LOCALE_PARAM], offered);
  const { messages, fallback } = await guestMessages(getDb(), locale);
  const info = LOCALES[locale];
  const text = translatorFor(locale, messages);
  const missing = new Set(fallback);
  const t = Object.assign(
    (key: string, values?: MessageValues) => (missing.has(key) ? createElement("span", { lang: "de" }, text(key, values)) : text(key, values)),
    { text },
  );
  const items = () =>
    CHECK_ITEMS.map((item) => {
      const key = (field: string) => `instrument.${item.key}.${field}`;
      return {
        ...item,
        title: text(key("title")),
        question: text(key("question")),
        anchors: { at0: text(key("at0")), at50: text(key("at50")), at100: text(key("at100")) },
        ...(missing.has(key("question")) && locale !== "de" ? { lang: "de" } : {}),
      };
    });
  return {
    locale,
    lang: info.htmlLang,
    dir: info.dir,
    intl: info.intl,
    unknownParam,
    t,
    clientMessages: (namespaces) => pick(messages, namespaces),
    fallback,
    items,
  };
}
