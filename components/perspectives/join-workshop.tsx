"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field, SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";

/** /mitmachen: the code from the projector, then "Teilnehmen". */
export function JoinWorkshop({ joinWorkshop }: { joinWorkshop: FormAction }) {
  return (
    <ActionForm action={joinWorkshop} className="max-w-md" aria-label="Teilnehmen">
      {(state) => (
        <>
          <Field
            name="code"
            label="Teilnahmecode"
            required
            autoComplete="off"
            autoCapitalize="characters"
            maxLength={20}
            state={state}
            className="mt-1 block w-full max-w-xs rounded border-2 border-[#6b7280] px-3 py-2 text-2xl tracking-widest uppercase"
          />
          <SubmitButton>Teilnehmen</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
