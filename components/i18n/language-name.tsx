import { isGuestLocale, LOCALES } from "@/lib/i18n/locales";

/** A guest language by its own name ("Türkçe", "العربية"), marked with its language for screen readers. */
export function LanguageName({ locale }: { locale: string }) {
  if (!isGuestLocale(locale)) return <>{locale}</>;
  const info = LOCALES[locale];
  return (
    <span lang={info.htmlLang} dir={info.dir}>
      {info.name}
    </span>
  );
}
