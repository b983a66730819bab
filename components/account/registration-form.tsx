"use client";

import Link from "next/link";
import { useActionState } from "react";
import { useTrialAnswers } from "@/components/check/use-trial-answers";
import { CheckboxField, Field, FormMessage, SelectField, SubmitButton } from "@/components/ui/form";
import { initialFormState, type FormAction } from "@/lib/actions/form-state";
import { countAnswered } from "@/lib/kurzcheck/scoring";
import { ORGANISATION_KINDS, REGIERUNGSBEZIRKE } from "@/lib/organisations";

export function RegistrationForm({ register }: { register: FormAction }) {
  const [state, action] = useActionState(register, initialFormState);
  const { answers } = useTrialAnswers();
  const trialCount = countAnswered(answers);

  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      <fieldset className="mt-2">
        <legend className="text-xl font-semibold text-brand-900">Ihre Kommune</legend>
        <Field
          name="organisationName"
          label="Name der Kommune"
          required
          autoComplete="organization"
          maxLength={200}
          state={state}
          hint="Zum Beispiel „Markt Musterhausen“ oder „Landkreis Beispielkreis“."
        />
        <SelectField name="kind" label="Art der Kommune" required options={ORGANISATION_KINDS} state={state} />
        <SelectField name="regierungsbezirk" label="Regierungsbezirk" required options={REGIERUNGSBEZIRKE} state={state} />
        <Field
          name="ags"
          label="Amtlicher Gemeindeschlüssel"
          inputMode="numeric"
          maxLength={12}
          state={state}
          hint="8 Ziffern, in Bayern beginnend mit 09. Er hilft uns, Ihre Registrierung schnell zu bestätigen."
        />
      </fieldset>
      <fieldset className="mt-8">
        <legend className="text-xl font-semibold text-brand-900">Ihr Zugang</legend>
        <Field name="name" label="Ihr Name" required autoComplete="name" maxLength={120} state={state} />
        <Field
          name="email"
          label="E-Mail"
          type="email"
          required
          autoComplete="email"
          maxLength={254}
          state={state}
          hint="Wir schicken Ihnen einen Link, um die Adresse zu bestätigen."
        />
        <Field
          name="password"
          label="Passwort"
          type="password"
          required
          autoComplete="new-password"
          state={state}
          hint="Mindestens 10 Zeichen. Ein Satz aus mehreren Wörtern ist sicher und leicht zu merken."
        />
      </fieldset>
      {trialCount > 0 ? (
        <div className="mt-6 rounded border-l-4 border-success-700 bg-success-100 p-3">
          <input type="hidden" name="trialAnswers" value={JSON.stringify(answers)} />
          Ihre {trialCount} Antworten aus dem ausprobierten Kurz-Check werden als erster Entwurf übernommen.
        </div>
      ) : null}
      <CheckboxField
        name="consent"
        required
        label="Ich habe die Datenschutzhinweise gelesen und bin mit der Verarbeitung meiner Angaben für den Kurz-Check einverstanden."
        state={state}
        hint={<Link href="/datenschutz">Datenschutzhinweise lesen</Link>}
      />
      <SubmitButton>Registrieren</SubmitButton>
      <p className="mt-6">
        Sie haben schon ein Konto? <Link href="/anmelden">Anmelden</Link>
      </p>
    </form>
  );
}
