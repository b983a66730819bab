"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field, SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";

/** "Befragung starten": title, last day, and the languages offered (all by default). */
export function StartSurveyForm({
  startSurvey,
  languages,
  defaultEnd,
}: {
  startSurvey: FormAction;
  languages: readonly { locale: string; name: string; lang: string; dir: "ltr" | "rtl" }[];
  /** The suggested last day (four weeks from today). */
  defaultEnd: string;
}) {
  return (
    <ActionForm action={startSurvey} aria-label="Befragung starten" className="max-w-xl">
      {(state) => {
        const chosen = state.values?.sprachen?.split(",");
        const languageError = state.fieldErrors?.sprachen?.[0];
        return (
          <>
            <Field
              name="title"
              label="Titel"
              hint="Zum Beispiel „Zusammenleben in unserer Gemeinde 2027“. Die Befragten sehen ihn nicht."
              required
              maxLength={120}
              state={state}
            />
            <Field name="endsOn" type="date" label="Letzter Tag der Befragung" required defaultValue={state.values?.endsOn ?? defaultEnd} state={state} />
            <fieldset
              className="mt-4"
              aria-describedby={languageError ? "sprachen-fehler" : "sprachen-hinweis"}
              aria-invalid={languageError ? true : undefined}
            >
              <legend className="font-semibold">Sprachen</legend>
              <p id="sprachen-hinweis" className="mt-1 text-sm text-muted">
                Die Befragten wählen unter diesen Sprachen; der Aushang lädt in jeder davon ein.
              </p>
              <div className="mt-2 grid grid-cols-1 gap-2 sm:grid-cols-2">
                {languages.map((language) => (
                  <label key={language.locale} className="flex items-center gap-2">
                    <input
                      type="checkbox"
                      name="sprachen"
                      value={language.locale}
                      defaultChecked={chosen ? chosen.includes(language.locale) : true}
                      className="size-6 shrink-0 accent-brand-700"
                    />
                    <span lang={language.lang} dir={language.dir}>
                      {language.name}
                    </span>
                  </label>
                ))}
              </div>
              {languageError ? (
                <p id="sprachen-fehler" className="mt-1 font-semibold text-danger-700">
                  {languageError}
                </p>
              ) : null}
            </fieldset>
            <SubmitButton>Befragung starten</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
