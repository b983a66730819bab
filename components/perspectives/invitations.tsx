"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Field, SelectField, SubmitButton } from "@/components/ui/form";
import { RowButton } from "@/components/ui/row-actions";
import { Section } from "@/components/ui/section";
import { PERSPECTIVES, type PerspectiveKey } from "@/lib/kurzcheck/perspectives";
import type { FormAction } from "@/lib/actions/form-state";

export interface InvitedPerson {
  id: string;
  label: string;
  email: string;
  perspective: PerspectiveKey;
  state: string;
  withdrawable: boolean;
}

/** Personal links: who is invited from which perspective, and the form to invite one more. */
/** The server actions this form posts to; its page hands them in. */
export interface InvitationActions {
  inviteRespondent: FormAction;
  withdrawRespondent: FormAction;
}

export function PerspectiveInvitations({
  actions,
  checkId,
  canInvite,
  invited,
}: {
  actions: InvitationActions;
  checkId: string;
  canInvite: boolean;
  invited: readonly InvitedPerson[];
}) {
  return (
    <Section id="einladungen" title="Persönliche Einladungen">
      <p>Jede eingeladene Person erhält einen Link, der nur für sie gilt: bis sie absendet, Sie die Einladung zurückziehen oder der Check eingereicht ist.</p>
      {invited.length ? (
        <ul className="space-y-2">
          {invited.map((person) => (
            <li key={person.id} className="flex flex-wrap items-center gap-3 rounded border border-line p-3">
              <span>
                <strong>{person.label}</strong> ({person.email}) · {PERSPECTIVES[person.perspective]} · {person.state}
              </span>
              {person.withdrawable ? (
                <RowButton
                  action={actions.withdrawRespondent}
                  idName="respondentId"
                  id={person.id}
                  label={`Einladung an ${person.label} zurückziehen`}
                  extra={{ checkId }}
                />
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>Noch niemand eingeladen.</p>
      )}
      {canInvite ? (
        <ActionForm action={actions.inviteRespondent} className="max-w-xl" aria-label="Person einladen">
          {(state) => (
            <>
              <input type="hidden" name="checkId" value={checkId} />
              <Field
                name="label"
                label="Name oder Rolle"
                required
                maxLength={120}
                hint="Zum Beispiel „Leitung Bürgerbüro“ oder der Name der Person."
                state={state}
              />
              <Field name="email" label="E-Mail" type="email" required autoComplete="off" state={state} />
              <SelectField name="perspective" label="Perspektive" required options={PERSPECTIVES} state={state} />
              <SubmitButton>Einladung senden</SubmitButton>
            </>
          )}
        </ActionForm>
      ) : null}
    </Section>
  );
}
