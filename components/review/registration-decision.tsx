"use client";

import { ActionForm } from "@/components/ui/action-form";
import { SubmitButton, TextAreaField } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";

/** Confirm a registration with one click, or decline it with a reason the owners receive. */
export function RegistrationDecision({ decideRegistration, organisationId, name }: { decideRegistration: FormAction; organisationId: string; name: string }) {
  return (
    <div className="flex flex-wrap items-start gap-6">
      <ActionForm action={decideRegistration} aria-label={`${name} bestätigen`}>
        {() => (
          <>
            <input type="hidden" name="organisationId" value={organisationId} />
            <input type="hidden" name="decision" value="bestaetigen" />
            <SubmitButton>{`${name} bestätigen`}</SubmitButton>
          </>
        )}
      </ActionForm>
      <ActionForm action={decideRegistration} aria-label={`${name} ablehnen`} className="min-w-0 grow basis-64">
        {(state) => (
          <>
            <input type="hidden" name="organisationId" value={organisationId} />
            <input type="hidden" name="decision" value="ablehnen" />
            <TextAreaField
              name="reason"
              id={`begruendung-${organisationId}`}
              label="Begründung für eine Ablehnung"
              required
              maxLength={5000}
              rows={2}
              state={state}
            />
            <SubmitButton variant="secondary">Ablehnen</SubmitButton>
          </>
        )}
      </ActionForm>
    </div>
  );
}
