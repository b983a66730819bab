"use client";

import { useEffect } from "react";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";

/**
 * Gives the whole document the guest page's language and direction (<html
 * lang dir>), and remembers the language for the rest of the visit (a session
 * cookie, read by the next guest page). The inline script sets them while the
 * page is parsed; the effect after every client navigation.
 */
export function DocumentLanguage({ lang, dir, locale }: { lang: string; dir: "ltr" | "rtl"; locale: string }) {
  useEffect(() => {
    const html = document.documentElement;
    html.lang = lang;
    html.dir = dir;
    document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; SameSite=Lax`;
    return () => {
      html.lang = "de";
      html.dir = "ltr";
    };
  }, [lang, dir, locale]);
  return (
    <script
      // Runs once while the HTML is parsed, before anything is painted: no flash of a left-to-right page in Arabic.
      dangerouslySetInnerHTML={{ __html: `document.documentElement.lang=${JSON.stringify(lang)};document.documentElement.dir=${JSON.stringify(dir)};` }}
    />
  );
}
