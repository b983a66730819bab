"use client";

import { changeEmailAction, changePasswordAction, deleteAccountAction, updateNameAction } from "@/app/konto/actions";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, Field, SubmitButton } from "@/components/ui/form";

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10 max-w-xl">
      <h2 id={id} className="text-2xl font-bold text-brand-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export function ProfileForms({ name, email }: { name: string; email: string }) {
  return (
    <>
      <Section id="name-titel" title="Name">
        <ActionForm action={updateNameAction}>
          {(state) => (
            <>
              <Field name="name" label="Ihr Name" required maxLength={120} defaultValue={state.values?.name ?? name} state={state} />
              <SubmitButton>Name speichern</SubmitButton>
            </>
          )}
        </ActionForm>
      </Section>

      <Section id="email-titel" title="E-Mail-Adresse">
        <ActionForm action={changeEmailAction}>
          {(state) => (
            <>
              <Field name="email" label="Neue E-Mail-Adresse" type="email" required defaultValue={state.values?.email ?? email} state={state} />
              <Field name="currentPassword" id="email-aktuelles-passwort" label="Aktuelles Passwort" type="password" required autoComplete="current-password" state={state} hint="Zur Sicherheit fragen wir bei dieser Änderung Ihr Passwort ab." />
              <SubmitButton>E-Mail-Adresse ändern</SubmitButton>
            </>
          )}
        </ActionForm>
      </Section>

      <Section id="passwort-titel" title="Passwort">
        <ActionForm action={changePasswordAction}>
          {(state) => (
            <>
              <Field name="currentPassword" id="passwort-aktuelles-passwort" label="Aktuelles Passwort" type="password" required autoComplete="current-password" state={state} />
              <Field name="password" label="Neues Passwort" type="password" required autoComplete="new-password" state={state} hint="Mindestens 10 Zeichen. Alle anderen Anmeldungen werden beendet." />
              <SubmitButton>Passwort ändern</SubmitButton>
            </>
          )}
        </ActionForm>
      </Section>

      <Section id="export-titel" title="Ihre Daten">
        <p className="mt-2">Laden Sie alles herunter, was das Portal über Ihr Konto speichert, als JSON-Datei.</p>
        <a href="/konto/export" className="mt-3 inline-block font-semibold" download>
          Meine Daten herunterladen
        </a>
      </Section>

      <Section id="loeschen-titel" title="Konto löschen">
        <p className="mt-2">
          Ihr Konto wird endgültig gelöscht. Die Kurz-Checks Ihrer Kommune bleiben bei der Kommune. Sind Sie die einzige verantwortliche
          Person, ernennen Sie bitte vorher eine andere.
        </p>
        <ActionForm action={deleteAccountAction}>
          {(state) => (
            <>
              <Field name="currentPassword" id="loeschen-aktuelles-passwort" label="Aktuelles Passwort" type="password" required autoComplete="current-password" state={state} />
              <CheckboxField name="confirm" required label="Ja, ich möchte mein Konto endgültig löschen." state={state} />
              <SubmitButton variant="secondary">Konto endgültig löschen</SubmitButton>
            </>
          )}
        </ActionForm>
      </Section>
    </>
  );
}
