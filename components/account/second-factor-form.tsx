"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";

export function SecondFactorForm({ secondFactor }: { secondFactor: FormAction }) {
  const [state, action] = useActionState(secondFactor, initialFormState);
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      <Field
        name="code"
        label="Sicherheitscode"
        required
        autoComplete="one-time-code"
        inputMode="text"
        autoFocus
        maxLength={40}
        state={state}
        hint="Der Code wechselt alle 30 Sekunden. Haben Sie Ihr Telefon nicht zur Hand, geben Sie einen Ihrer Wiederherstellungscodes ein."
      />
      <SubmitButton>Bestätigen</SubmitButton>
      <p className="mt-6">
        <Link href="/anmelden">Mit einem anderen Konto anmelden</Link>
      </p>
    </form>
  );
}
