"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";
import type { FormState } from "@/lib/actions/form-state";
import { formatPercent } from "@/lib/format";
import { CHECK_ITEMS } from "@/lib/kurzcheck/items";
import { SCALE, type ItemKey } from "@/lib/kurzcheck/keys";
import { MEASURE_STATUS_LABELS } from "@/lib/measures";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface MeasureFormValues {
  measureId?: string;
  version?: number;
  title: string;
  description: string;
  items: ItemKey[];
  /** A member's id, or "stelle". */
  responsible: string;
  responsibleRole: string;
  dueOn: string;
  targetScore: string;
  /** An indicator's key and the value it should reach, in German notation ("12,5"). */
  targetIndicator: string;
  targetIndicatorValue: string;
  status: keyof typeof MEASURE_STATUS_LABELS;
}

const TARGET_OPTIONS = Object.fromEntries(SCALE.map((score) => [String(score), formatPercent(score)]));

/** The measure form (new and edit): what, for which items, who, by when, which target, which status. */
export function MeasureForm({
  action,
  initial,
  people,
  indicators,
}: {
  action: Action;
  initial: MeasureFormValues;
  /** The Kommune's members, who can be responsible. */
  people: readonly { id: string; name: string }[];
  /** The indicators a measure can aim at, with their unit. */
  indicators: readonly { key: string; name: string; unitLabel: string }[];
}) {
  return (
    <ActionForm action={action} className="max-w-3xl" aria-label="Maßnahme bearbeiten">
      {(state) => {
        const chosen = state.values?.items !== undefined ? state.values.items.split(",") : initial.items;
        const itemsError = state.fieldErrors?.items?.[0];
        return (
          <>
            {initial.measureId ? <input type="hidden" name="measureId" value={initial.measureId} /> : null}
            {initial.version ? <input type="hidden" name="version" value={initial.version} /> : null}
            <Field name="title" label="Maßnahme" required maxLength={200} defaultValue={state.values?.title ?? initial.title} state={state} />
            <TextAreaField
              name="description"
              label="Beschreibung"
              rows={4}
              maxLength={5000}
              defaultValue={state.values?.description ?? initial.description}
              state={state}
            />
            <fieldset className="mt-4" aria-describedby={itemsError ? "items-fehler" : undefined}>
              <legend className="font-semibold">Zu welchen Fragen des Kurz-Checks gehört die Maßnahme?</legend>
              <div className="mt-2 grid grid-cols-1 gap-1 sm:grid-cols-2">
                {CHECK_ITEMS.map((item) => (
                  <label key={item.key} className="flex items-start gap-2">
                    <input type="checkbox" name="items" value={item.key} defaultChecked={chosen.includes(item.key)} className="mt-1 size-5 accent-brand-700" />
                    <span>
                      {item.number}. {item.title}
                    </span>
                  </label>
                ))}
              </div>
              {itemsError ? (
                <p id="items-fehler" className="mt-1 font-semibold text-danger-700">
                  {itemsError}
                </p>
              ) : null}
            </fieldset>
            <SelectField
              name="verantwortlich"
              label="Verantwortlich"
              required
              placeholder="Bitte wählen"
              options={{ ...Object.fromEntries(people.map((person) => [person.id, person.name])), stelle: "Eine Stelle oder Rolle (unten eintragen)" }}
              defaultValue={initial.responsible}
              state={state}
            />
            <Field
              name="verantwortlicheStelle"
              label="Stelle oder Rolle"
              maxLength={120}
              defaultValue={state.values?.verantwortlicheStelle ?? initial.responsibleRole}
              hint="Zum Beispiel „Amt für Soziales“ oder „Integrationsbeirat“, wenn keine Person aus Ihrem Team verantwortlich ist."
              state={state}
            />
            <Field name="dueOn" label="Fällig am" type="date" defaultValue={state.values?.dueOn ?? initial.dueOn} state={state} />
            <SelectField
              name="targetScore"
              label="Zielwert"
              placeholder="kein Zielwert"
              placeholderSelectable
              options={TARGET_OPTIONS}
              defaultValue={initial.targetScore}
              hint="Die Einschätzung, die Sie bei der nächsten Runde für die gewählten Fragen erreichen wollen."
              state={state}
            />
            <fieldset className="mt-4">
              <legend className="font-semibold">Ziel bei einem Indikator (optional)</legend>
              <SelectField
                name="zielIndikator"
                label="Indikator"
                placeholder="kein Indikator"
                placeholderSelectable
                options={Object.fromEntries(indicators.map((indicator) => [indicator.key, `${indicator.name} (${indicator.unitLabel})`]))}
                defaultValue={initial.targetIndicator}
                state={state}
              />
              <Field
                name="zielIndikatorWert"
                label="Zielwert des Indikators"
                inputMode="decimal"
                maxLength={40}
                defaultValue={state.values?.zielIndikatorWert ?? initial.targetIndicatorValue}
                hint="Der Wert, den der Indikator erreichen soll, mit Komma, z. B. 12,5."
                state={state}
              />
            </fieldset>
            <SelectField name="status" label="Status" required options={MEASURE_STATUS_LABELS} defaultValue={initial.status} state={state} />
            <SubmitButton>Maßnahme speichern</SubmitButton>
          </>
        );
      }}
    </ActionForm>
  );
}
