import "@fontsource/noto-sans-arabic/400.css";
import "@fontsource/noto-sans-arabic/700.css";
import type { GuestRequest } from "@/lib/i18n/guest-request";
import type { GuestLocale } from "@/lib/i18n/locales";
import { DocumentLanguage } from "./document-language";
import { GuestIntl } from "./guest-intl";
import { LanguageChooser } from "./language-chooser";

/**
 * A guest page in its language: the content in `lang`/`dir` (right to left
 * for Arabic and Persian, mirrored by the logical CSS of the components),
 * the language chooser, a German note when the URL named an unknown
 * language, and the messages for the page's client components.
 */
export function GuestFrame({
  guest,
  namespaces,
  languages,
  children,
}: {
  guest: GuestRequest;
  namespaces: readonly string[];
  /** The languages offered, when not all are (a survey's choice). */
  languages?: readonly GuestLocale[];
  children: React.ReactNode;
}) {
  return (
    <div lang={guest.lang} dir={guest.dir} className="guest-page">
      <DocumentLanguage lang={guest.lang} dir={guest.dir} locale={guest.locale} />
      <div className="mb-6 flex justify-end">
        <LanguageChooser current={guest.locale} word={guest.t.text("rahmen.sprache")} button={guest.t.text("rahmen.wechseln")} languages={languages} />
      </div>
      {guest.unknownParam ? (
        <p lang="de" dir="ltr" role="status" className="mb-6 max-w-3xl rounded border-s-4 border-warning-700 bg-warning-100 p-3">
          Diese Sprache gibt es hier nicht. Die Seite erscheint deshalb in der Sprache Ihres Browsers oder auf Deutsch.
        </p>
      ) : null}
      <GuestIntl locale={guest.intl} messages={guest.clientMessages(namespaces)} fallback={guest.fallback}>
        {children}
      </GuestIntl>
    </div>
  );
}
