"use client";

import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, Field, SubmitButton } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";

export function AcceptInvitationForm({ acceptInvitation, token }: { acceptInvitation: FormAction; token: string }) {
  return (
    <ActionForm action={acceptInvitation}>
      {() => (
        <>
          <input type="hidden" name="token" value={token} />
          <SubmitButton>Einladung annehmen</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}

export function AcceptInvitationNewUserForm({ acceptInvitationNewUser, token, email }: { acceptInvitationNewUser: FormAction; token: string; email: string }) {
  return (
    <ActionForm action={acceptInvitationNewUser} className="max-w-xl">
      {(state) => (
        <>
          <input type="hidden" name="token" value={token} />
          <Field name="email" label="E-Mail" type="email" defaultValue={email} readOnly hint="Die Adresse, an die die Einladung ging." />
          <Field name="name" label="Ihr Name" required autoComplete="name" maxLength={120} state={state} />
          <Field name="password" label="Passwort" type="password" required autoComplete="new-password" state={state} hint="Mindestens 10 Zeichen." />
          <CheckboxField
            name="consent"
            required
            label="Ich habe die Datenschutzhinweise gelesen und bin mit der Verarbeitung meiner Angaben einverstanden."
            state={state}
            hint={<Link href="/datenschutz">Datenschutzhinweise lesen</Link>}
          />
          <SubmitButton>Konto anlegen und Einladung annehmen</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
