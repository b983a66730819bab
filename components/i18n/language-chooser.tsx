import { GUEST_LOCALES, LOCALE_PARAM, LOCALES, type GuestLocale } from "@/lib/i18n/locales";

/**
 * The guest pages' language chooser: a plain GET form (works without
 * JavaScript, and changes the page only when the button is pressed, never on
 * a mere choice in the list). Its name always contains the German word
 * "Sprache", and the word in the current language; every language offered
 * (all, or those a survey chose) is listed by its own name.
 */
export function LanguageChooser({
  current,
  word,
  button,
  languages = GUEST_LOCALES,
}: {
  current: GuestLocale;
  word: string;
  button: string;
  languages?: readonly GuestLocale[];
}) {
  const label = word === "Sprache" ? "Sprache" : `Sprache · ${word}`;
  return (
    <form method="get" className="flex flex-wrap items-end gap-2" aria-label={label}>
      <div>
        <label htmlFor="sprache-wahl" className="block text-sm font-semibold">
          {label}
        </label>
        <select id="sprache-wahl" name={LOCALE_PARAM} defaultValue={current} className="mt-1 min-h-11 rounded border-2 border-[#6b7280] bg-white px-2 py-1">
          {languages.map((locale) => (
            <option key={locale} value={locale} lang={LOCALES[locale].htmlLang} dir={LOCALES[locale].dir}>
              {LOCALES[locale].name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="min-h-11 rounded border-2 border-brand-700 px-3 font-semibold text-brand-900">
        {button}
      </button>
    </form>
  );
}
