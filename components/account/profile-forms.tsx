"use client";

import Link from "next/link";
import { KommuneSwitcher } from "@/components/layout/kommune-switcher";
import { buttonClasses } from "@/components/ui/button";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, Field, SelectField, SubmitButton } from "@/components/ui/form";
import type { FormAction, SubmitAction } from "@/lib/actions/form-state";

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

/** The server actions this form posts to; its page hands them in. */
export interface ProfileActions {
  changeEmail: FormAction;
  changePassword: FormAction;
  deleteAccount: FormAction;
  setMeasureReminders: FormAction;
  signOutEverywhere: SubmitAction;
  updateName: FormAction;
  chooseKommune: FormAction;
}

export function ProfileForms({
  actions,
  name,
  email,
  secondFactorEnabled,
  memberships,
  measureReminders,
}: {
  actions: ProfileActions;
  name: string;
  email: string;
  secondFactorEnabled: boolean;
  measureReminders: boolean;
  memberships: readonly { organisationId: string; organisationName: string }[];
}) {
  return (
    <>
      {memberships.length > 1 ? (
        <Section id="kommunen-titel" title="Ihre Kommunen">
          <p className="mt-2">
            Sie arbeiten in {memberships.length} Kommunen mit. Gerade aktiv ist <strong>{memberships[0]!.organisationName}</strong>; Übersicht, Kurz-Checks,
            Team und Downloads beziehen sich auf sie.
          </p>
          <div className="mt-3">
            <KommuneSwitcher chooseKommune={actions.chooseKommune} memberships={memberships} idPrefix="konto" />
          </div>
        </Section>
      ) : null}
      <Section id="name-titel" title="Name">
        <ActionForm action={actions.updateName}>
          {(state) => (
            <>
              <Field name="name" label="Ihr Name" required maxLength={120} defaultValue={state.values?.name ?? name} state={state} />
              <SubmitButton>Name speichern</SubmitButton>
            </>
          )}
        </ActionForm>
      </Section>

      <Section id="email-titel" title="E-Mail-Adresse">
        <ActionForm action={actions.changeEmail}>
          {(state) => (
            <>
              <Field name="email" label="Neue E-Mail-Adresse" type="email" required defaultValue={state.values?.email ?? email} state={state} />
              <Field
                name="currentPassword"
                id="email-aktuelles-passwort"
                label="Aktuelles Passwort"
                type="password"
                required
                autoComplete="current-password"
                state={state}
                hint="Zur Sicherheit fragen wir bei dieser Änderung Ihr Passwort ab."
              />
              <SubmitButton>E-Mail-Adresse ändern</SubmitButton>
            </>
          )}
        </ActionForm>
      </Section>

      <Section id="passwort-titel" title="Passwort">
        <ActionForm action={actions.changePassword}>
          {(state) => (
            <>
              <Field
                name="currentPassword"
                id="passwort-aktuelles-passwort"
                label="Aktuelles Passwort"
                type="password"
                required
                autoComplete="current-password"
                state={state}
              />
              <Field
                name="password"
                label="Neues Passwort"
                type="password"
                required
                autoComplete="new-password"
                state={state}
                hint="Mindestens 10 Zeichen. Alle anderen Anmeldungen werden beendet."
              />
              <SubmitButton>Passwort ändern</SubmitButton>
            </>
          )}
        </ActionForm>
      </Section>

      <Section id="zwei-faktor-titel" title="Anmeldung mit zweitem Faktor">
        <p className="mt-2">
          {secondFactorEnabled
            ? "Eingerichtet: Bei jeder Anmeldung fragt das Portal zusätzlich einen Code aus Ihrer Authenticator-App ab."
            : "Nicht eingerichtet. Mit einem Code aus einer Authenticator-App schützen Sie Ihr Konto zusätzlich zum Passwort."}
        </p>
        <Link href="/konto/zwei-faktor" className="mt-3 inline-block font-semibold">
          {secondFactorEnabled ? "Zweiten Faktor verwalten" : "Zweiten Faktor einrichten"}
        </Link>
      </Section>

      {memberships.length ? (
        <Section id="erinnerungen-titel" title="Erinnerungen an Maßnahmen">
          <ActionForm action={actions.setMeasureReminders} aria-label="Erinnerungen an Maßnahmen">
            {(state) => (
              <>
                <SelectField
                  name="erinnerungen"
                  label="Wöchentliche E-Mail zu Ihren fälligen und überfälligen Maßnahmen"
                  required
                  options={{ an: "an", aus: "aus" }}
                  defaultValue={measureReminders ? "an" : "aus"}
                  state={state}
                />
                <SubmitButton variant="secondary">Einstellung speichern</SubmitButton>
              </>
            )}
          </ActionForm>
        </Section>
      ) : null}

      <Section id="sitzungen-titel" title="Angemeldete Geräte">
        <p className="mt-2">Haben Sie sich an einem fremden Rechner nicht abgemeldet oder Ihr Telefon verloren? Beenden Sie hier jede Anmeldung, auch diese.</p>
        <form action={actions.signOutEverywhere} className="mt-3">
          <button type="submit" className={buttonClasses("secondary")}>
            Alle Sitzungen abmelden
          </button>
        </form>
      </Section>

      <Section id="export-titel" title="Ihre Daten">
        <p className="mt-2">Laden Sie alles herunter, was das Portal über Ihr Konto speichert, als JSON-Datei.</p>
        <a href="/konto/export" className="mt-3 inline-block font-semibold" download>
          Meine Daten herunterladen
        </a>
      </Section>

      <Section id="loeschen-titel" title="Konto löschen">
        <p className="mt-2">
          Ihr Konto wird endgültig gelöscht. Die Kurz-Checks Ihrer Kommune bleiben bei der Kommune. Sind Sie die einzige verantwortliche Person, ernennen Sie
          bitte vorher eine andere.
        </p>
        <ActionForm action={actions.deleteAccount}>
          {(state) => (
            <>
              <Field
                name="currentPassword"
                id="loeschen-aktuelles-passwort"
                label="Aktuelles Passwort"
                type="password"
                required
                autoComplete="current-password"
                state={state}
              />
              <CheckboxField name="confirm" required label="Ja, ich möchte mein Konto endgültig löschen." state={state} />
              <SubmitButton variant="secondary">Konto endgültig löschen</SubmitButton>
            </>
          )}
        </ActionForm>
      </Section>
    </>
  );
}
