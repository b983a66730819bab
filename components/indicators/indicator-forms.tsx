"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field, SelectField, SubmitButton, TextAreaField } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";
import { INDICATOR_DIRECTIONS, INDICATOR_UNITS } from "@/lib/kurzcheck/indicator-set";

export interface IndicatorChoice {
  key: string;
  name: string;
  unitLabel: string;
}

const choices = (indicators: readonly IndicatorChoice[]) =>
  Object.fromEntries(indicators.map((indicator) => [indicator.key, `${indicator.name} (${indicator.unitLabel})`]));

/** "Wert speichern": one value of one indicator for one year, in German notation. */
export function IndicatorValueForm({
  saveValue,
  indicators,
  currentYear,
}: {
  saveValue: FormAction;
  indicators: readonly IndicatorChoice[];
  currentYear: number;
}) {
  return (
    <ActionForm action={saveValue} aria-label="Wert eintragen" className="max-w-3xl">
      {(state) => (
        <>
          <SelectField name="indikator" label="Indikator" required options={choices(indicators)} state={state} />
          <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2">
            <Field
              name="jahr"
              label="Jahr"
              required
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              defaultValue={state.values?.jahr ?? String(currentYear - 1)}
              hint={`Das Jahr, für das der Wert gilt (2000 bis ${currentYear}).`}
              state={state}
            />
            <Field name="wert" label="Wert" required inputMode="decimal" autoComplete="off" maxLength={40} hint="Mit Komma, z. B. 12,5" state={state} />
          </div>
          <Field name="quelle" label="Quelle" maxLength={300} hint="Woher stammt der Wert, z. B. „GENESIS-Online, Statistik 12411“?" state={state} />
          <TextAreaField name="anmerkung" label="Anmerkung" rows={2} maxLength={1000} state={state} />
          <SubmitButton>Wert speichern</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** "Datei einlesen": the template or GENESIS-Online's flat CSV; all rows or none. */
export function IndicatorImportForm({
  importValues,
  indicators,
  maxBytes,
}: {
  importValues: FormAction;
  indicators: readonly IndicatorChoice[];
  maxBytes: number;
}) {
  return (
    <ActionForm action={importValues} aria-label="Werte aus einer Datei übernehmen" className="max-w-3xl">
      {(state) => (
        <>
          <Field
            name="datei"
            type="file"
            label="Datei (CSV oder Excel)"
            required
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-max-bytes={maxBytes}
            hint="Die ausgefüllte Vorlage oder eine Tabelle aus GENESIS-Online im Format Flatfile-CSV (ffcsv), höchstens 2 MB."
            state={state}
          />
          <SelectField
            name="indikatorDatei"
            label="Nur für eine Datei der Landesstatistik: Zu welchem Indikator gehören die Werte?"
            placeholder="Keiner – die Datei ist die ausgefüllte Vorlage"
            placeholderSelectable
            options={choices(indicators)}
            hint="Das Portal sucht in der Datei die Zeilen mit dem Amtlichen Gemeindeschlüssel Ihrer Kommune (beim Landkreis und der kreisfreien Stadt auch mit dem fünfstelligen Kreisschlüssel)."
            state={state}
          />
          <SubmitButton>Datei einlesen</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

/** "Indikator anlegen": a figure the core set does not have. */
export function OwnIndicatorForm({ addIndicator }: { addIndicator: FormAction }) {
  return (
    <ActionForm action={addIndicator} aria-label="Eigenen Indikator anlegen" className="max-w-3xl">
      {(state) => (
        <>
          <Field name="name" id="eigen-name" label="Name des Indikators" required maxLength={160} state={state} />
          <TextAreaField
            name="definition"
            id="eigen-definition"
            label="Definition"
            rows={2}
            maxLength={1000}
            hint="Was genau wird gezählt, und worauf bezogen?"
            state={state}
          />
          <SelectField
            name="einheit"
            label="Einheit"
            required
            options={Object.fromEntries(Object.entries(INDICATOR_UNITS).map(([key, unit]) => [key, unit.label]))}
            state={state}
          />
          <SelectField name="richtung" label="Zielrichtung" required options={INDICATOR_DIRECTIONS} state={state} />
          <Field name="quelle" id="eigen-quelle" label="Quelle" maxLength={300} state={state} />
          <SubmitButton>Indikator anlegen</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
