"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field, SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";

/** "Übersetzung einlesen": the language and the translator's file; the result or the broken rows come back above the fields. */
export function TranslationImport({
  importTranslations,
  languages,
}: {
  importTranslations: FormAction;
  languages: readonly { locale: string; name: string }[];
}) {
  return (
    <ActionForm action={importTranslations} aria-label="Übersetzung einlesen" className="max-w-xl">
      {(state) => (
        <>
          <div className="mt-4">
            <label htmlFor="sprache" className="block font-semibold">
              Sprache
            </label>
            <select
              id="sprache"
              name="sprache"
              required
              defaultValue={state.values?.sprache}
              className="mt-1 block min-h-11 rounded border-2 border-[#6b7280] bg-white px-2 py-1"
            >
              {languages.map(({ locale, name }) => (
                <option key={locale} value={locale}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <Field
            name="datei"
            type="file"
            label="Datei (.xlsx)"
            hint="Die heruntergeladene Datei, von der Übersetzerin oder dem Übersetzer bearbeitet. Nur die Spalten „Übersetzung“, „Status“ und „Anmerkung“ ändern."
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            state={state}
          />
          <SubmitButton>Übersetzung einlesen</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
