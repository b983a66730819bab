/**
 * The messages of the guest pages: the German source (lib/i18n/messages/de.json
 * for the interface, the instrument's own texts from lib/kurzcheck), the
 * shipped drafts of every other language (one file each, written here and
 * marked as drafts) and the translations an admin imported after a review
 * (in PostgreSQL, lib/services/translations.ts). Where a language has no text
 * for a key, the German one stands in and is marked as German.
 */
import { createHash } from "node:crypto";
import { createTranslator } from "use-intl/core";
import { CHECK_ITEMS } from "@/lib/kurzcheck/items";
import { anchorsOf } from "@/lib/kurzcheck/next-steps";
import ar from "./messages/ar.json" with { type: "json" };
import de from "./messages/de.json" with { type: "json" };
import en from "./messages/en.json" with { type: "json" };
import fa from "./messages/fa.json" with { type: "json" };
import ls from "./messages/ls.json" with { type: "json" };
import pl from "./messages/pl.json" with { type: "json" };
import ro from "./messages/ro.json" with { type: "json" };
import ru from "./messages/ru.json" with { type: "json" };
import tr from "./messages/tr.json" with { type: "json" };
import uk from "./messages/uk.json" with { type: "json" };
import { LOCALES, type GuestLocale } from "./locales";
import { percentFormatter } from "./percent";

export type Messages = { [key: string]: string | Messages };
export type FlatMessages = Record<string, string>;

const DRAFTS: Record<Exclude<GuestLocale, "de">, Messages> = { ls, en, tr, ro, pl, uk, ru, ar, fa };

/** "a.b.c" keys for nested messages. */
export function flatten(messages: Messages, prefix = ""): FlatMessages {
  const flat: FlatMessages = {};
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat[path] = value;
    else Object.assign(flat, flatten(value, path));
  }
  return flat;
}

export function unflatten(flat: FlatMessages): Messages {
  const root: Messages = {};
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split(".");
    let node = root;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Messages;
    node[parts.at(-1)!] = value;
  }
  return root;
}

/** The instrument's texts a guest reads, from the instrument itself (lib/kurzcheck is their one source). */
function instrumentSource(): Messages {
  return {
    instrument: Object.fromEntries(
      CHECK_ITEMS.map((item) => {
        const anchors = anchorsOf(item.key);
        return [item.key, { title: item.title, question: item.question, at0: anchors.at0, at50: anchors.at50, at100: anchors.at100 }];
      }),
    ),
  };
}

let germanSource: FlatMessages | null = null;

/** Every key with its German text: what each language is translated from. */
export function germanSourceMessages(): FlatMessages {
  germanSource ??= flatten({ ...(de as Messages), ...instrumentSource() });
  return germanSource;
}

/** The shipped draft of a language (not checked by a native speaker). */
export function shippedDraft(locale: Exclude<GuestLocale, "de">): FlatMessages {
  return flatten(DRAFTS[locale]);
}

/** A short fingerprint of a German source text: a reviewed translation of another fingerprint is outdated. */
export function sourceHash(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 16);
}

export interface LocaleMessages {
  messages: Messages;
  /** Keys shown in German because the language has no text for them (marked lang="de" where shown). */
  fallback: string[];
}

/**
 * The messages a guest page of `locale` shows: an imported translation
 * (`overrides`) before the shipped draft, the German source where neither has
 * the key.
 */
export function composeMessages(locale: GuestLocale, overrides: FlatMessages = {}): LocaleMessages {
  const source = germanSourceMessages();
  if (locale === "de") return { messages: unflatten(source), fallback: [] };
  const draft = shippedDraft(locale);
  const flat: FlatMessages = {};
  const fallback: string[] = [];
  for (const [key, german] of Object.entries(source)) {
    const text = overrides[key] ?? draft[key];
    if (text) flat[key] = text;
    else {
      flat[key] = german;
      fallback.push(key);
    }
  }
  return { messages: unflatten(flat), fallback };
}

/** Only the namespaces a page's client components read, to keep its payload small. */
export function pick(messages: Messages, namespaces: readonly string[]): Messages {
  return Object.fromEntries(namespaces.filter((namespace) => namespace in messages).map((namespace) => [namespace, messages[namespace]!]));
}

export type MessageValues = Record<string, string | number>;

/** A message of the guest pages by key, as plain text; `percent` formats a score for the language (0 → "0 %", "%0", "٪۰"). */
export type Translate = ((key: string, values?: MessageValues) => string) & { percent: (score: number) => string; locale: GuestLocale };

/** Plain-text messages of one language (ICU: plurals, selects), formatted in `intl`. */
export function translatorFor(locale: GuestLocale, messages: Messages): Translate {
  const intl = LOCALES[locale].intl;
  const translator = createTranslator({ locale: intl, messages, timeZone: "Europe/Berlin" });
  return Object.assign((key: string, values?: MessageValues) => translator(key as never, values as never) as string, {
    percent: percentFormatter(intl),
    locale,
  });
}

let german: Translate | null = null;

/** The German messages: the refusals of a form sent without a language (a script, an old page). */
export function germanTranslate(): Translate {
  german ??= translatorFor("de", composeMessages("de").messages);
  return german;
}

/** The resident survey's statements in German by key, for the Kommune's and the advisors' pages. */
export function surveyTexts(): Record<string, string> {
  const prefix = "befragung.aussage.";
  return Object.fromEntries(
    Object.entries(germanSourceMessages())
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, text]) => [key.slice(prefix.length), text]),
  );
}
