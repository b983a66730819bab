"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";

export function SignInForm({ signIn, returnTo, email }: { signIn: FormAction; returnTo?: string; email?: string }) {
  const [state, action] = useActionState(signIn, initialFormState);
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      {returnTo ? <input type="hidden" name="weiter" value={returnTo} /> : null}
      <Field name="email" label="E-Mail" type="email" autoComplete="username webauthn" required state={state} defaultValue={state.values?.email ?? email} />
      <Field name="password" label="Passwort" type="password" autoComplete="current-password" required state={state} />
      <SubmitButton>Anmelden</SubmitButton>
      <p className="mt-6">
        <Link href="/passwort-vergessen">Passwort vergessen?</Link>
      </p>
      <p className="mt-2">
        Ihre Kommune hat noch kein Konto? <Link href="/registrieren">Jetzt registrieren</Link>
      </p>
    </form>
  );
}
