"use client";

import { NextIntlClientProvider, useTranslations } from "next-intl";
import { createContext, useContext, useMemo } from "react";
import type { AbstractIntlMessages } from "use-intl";

/** Message keys a language has no text for: shown in German, and marked so (lang="de"). */
const FallbackContext = createContext<ReadonlySet<string>>(new Set());

/**
 * The messages of the guest pages for the client components below it
 * (next-intl). The signed-in portal has the German one at its root, so the
 * questionnaire's components speak German there and the guest's language here.
 */
export function GuestIntl({
  locale,
  messages,
  fallback = [],
  children,
}: {
  /** The locale numbers and percentages are formatted in (LOCALES[…].intl). */
  locale: string;
  messages: AbstractIntlMessages;
  fallback?: readonly string[];
  children: React.ReactNode;
}) {
  const missing = useMemo(() => new Set(fallback), [fallback]);
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="Europe/Berlin">
      <FallbackContext.Provider value={missing}>{children}</FallbackContext.Provider>
    </NextIntlClientProvider>
  );
}

type Values = Record<string, string | number>;

/**
 * The guest pages' translations in a component: `t(key)` gives what to show
 * (German where the language has no text yet, marked lang="de" so a screen
 * reader pronounces it as German), `t.text(key)` the plain string for
 * attributes and labels of native controls, `t.isGerman(key)` whether the
 * language shows the German text there.
 */
export function useT(namespace: string) {
  const translate = useTranslations(namespace);
  const fallback = useContext(FallbackContext);
  return useMemo(() => {
    const text = (key: string, values?: Values) => translate(key, values);
    const node = (key: string, values?: Values): React.ReactNode =>
      fallback.has(`${namespace}.${key}`) ? <span lang="de">{translate(key, values)}</span> : translate(key, values);
    const isGerman = (key: string) => fallback.has(`${namespace}.${key}`);
    return Object.assign(node, { text, isGerman });
  }, [translate, fallback, namespace]);
}
