"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";

export function RequestResetForm({ requestPasswordReset }: { requestPasswordReset: FormAction }) {
  const [state, action] = useActionState(requestPasswordReset, initialFormState);
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      <Field name="email" label="E-Mail" type="email" autoComplete="email" required state={state} />
      <SubmitButton>Link anfordern</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ resetPassword, token }: { resetPassword: FormAction; token: string }) {
  const [state, action] = useActionState(resetPassword, initialFormState);
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <Field name="password" label="Neues Passwort" type="password" autoComplete="new-password" required state={state} hint="Mindestens 10 Zeichen." />
      <SubmitButton>Passwort speichern</SubmitButton>
    </form>
  );
}
