"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field, SelectField, SubmitButton } from "@/components/ui/form";
import { ORGANISATION_KINDS, REGIERUNGSBEZIRKE } from "@/lib/organisations";
import type { FormAction } from "@/lib/actions/form-state";

export function OrganisationForm({
  updateOrganisation,
  organisation,
}: {
  updateOrganisation: FormAction;
  organisation: { name: string; kind: string; regierungsbezirk: string; ags: string | null };
}) {
  return (
    <ActionForm action={updateOrganisation} className="max-w-xl">
      {(state) => (
        <>
          <Field
            name="organisationName"
            label="Name der Kommune"
            required
            maxLength={200}
            defaultValue={state.values?.organisationName ?? organisation.name}
            state={state}
          />
          <SelectField name="kind" label="Art der Kommune" required options={ORGANISATION_KINDS} defaultValue={organisation.kind} state={state} />
          <SelectField
            name="regierungsbezirk"
            label="Regierungsbezirk"
            required
            options={REGIERUNGSBEZIRKE}
            defaultValue={organisation.regierungsbezirk}
            state={state}
          />
          <Field
            name="ags"
            label="Amtlicher Gemeindeschlüssel"
            inputMode="numeric"
            maxLength={12}
            defaultValue={state.values?.ags ?? organisation.ags ?? ""}
            state={state}
            hint="8 Ziffern, in Bayern beginnend mit 09."
          />
          <SubmitButton>Speichern</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
