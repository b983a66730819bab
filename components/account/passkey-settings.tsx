"use client";

import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { Notice } from "@/components/ui/notice";
import type { FormAction } from "@/lib/actions/form-state";
import { usePasskeyAction } from "./use-passkey";

export interface PasskeyListEntry {
  id: string;
  name: string;
  /** Already formatted dates ("06.12.2026"); lastUsed "noch nie" when unused. */
  created: string;
  lastUsed: string;
  synced: boolean;
}

export interface PasskeyActions {
  addPasskey: FormAction;
  renamePasskey: FormAction;
  removePasskey: FormAction;
}

/**
 * The section "Passkeys" of /konto: the person's passkeys with when they were
 * made and last used, each renamable and removable (after the password or
 * another passkey), and "Passkey hinzufügen".
 */
export function PasskeySettings({ passkeys, actions, removed }: { passkeys: readonly PasskeyListEntry[]; actions: PasskeyActions; removed: boolean }) {
  return (
    <section aria-labelledby="passkeys" className="mt-10 max-w-xl">
      <h2 id="passkeys" className="text-2xl font-bold text-brand-900">
        Passkeys
      </h2>
      {removed ? (
        <Notice tone="success" announce>
          Der Passkey ist entfernt. Mit ihm kann sich niemand mehr anmelden.
        </Notice>
      ) : null}
      <p className="mt-2">
        Mit einem Passkey melden Sie sich ohne Passwort an: Ihr Gerät (Smartphone, Laptop oder Sicherheitsschlüssel) bestätigt Sie per Fingerabdruck, Gesicht
        oder PIN. Der Passkey verlässt Ihr Gerät nicht und funktioniert nur auf dieser Website; gegen gefälschte Anmeldeseiten ist er deshalb sicherer als ein
        Passwort.
      </p>
      {passkeys.length ? (
        <ul className="mt-4 space-y-6">
          {passkeys.map((passkey) => (
            <PasskeyItem key={passkey.id} passkey={passkey} actions={actions} others={passkeys.length - 1} />
          ))}
        </ul>
      ) : (
        <p className="mt-4">Sie haben noch keinen Passkey angelegt.</p>
      )}
      <AddPasskeyForm addPasskey={actions.addPasskey} />
    </section>
  );
}

/** "Passkey hinzufügen": a name, then the device creates the passkey. */
export function AddPasskeyForm({ addPasskey }: { addPasskey: FormAction }) {
  const { state, run, pending, refuse } = usePasskeyAction(addPasskey);
  return (
    <form
      aria-label="Passkey hinzufügen"
      className="mt-6"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const name = String(form.get("name") ?? "").trim();
        // Checked before the device makes a passkey: a refusal afterwards would leave one on the device that the portal never knew.
        if (!name) return refuse("name", "Bitte geben Sie dem Passkey einen Namen, z. B. „Laptop Büro“.");
        void run("hinzufuegen", { name }, { currentPassword: String(form.get("currentPassword") ?? "") });
      }}
    >
      <FormMessage state={state} />
      <Field
        name="name"
        id="passkey-name"
        label="Name des Passkeys"
        required
        maxLength={60}
        hint="Woran Sie ihn wiedererkennen, z. B. „Smartphone“ oder „Laptop Büro“."
        state={state}
      />
      <Field
        name="currentPassword"
        id="passkey-passwort"
        label="Aktuelles Passwort"
        type="password"
        autoComplete="current-password"
        required
        hint="Ein Passkey meldet Sie ohne Passwort an; deshalb bestätigen Sie ihn mit Ihrem Passwort."
        state={state}
      />
      <Button type="submit" className="mt-4" disabled={pending}>
        Passkey hinzufügen
      </Button>
    </form>
  );
}

function PasskeyItem({ passkey, actions, others }: { passkey: PasskeyListEntry; actions: PasskeyActions; others: number }) {
  const confirm = usePasskeyAction(actions.removePasskey);
  return (
    <li className="border-t border-line pt-4">
      <p className="font-semibold">{passkey.name}</p>
      <p className="text-sm text-muted">
        Angelegt am {passkey.created} · zuletzt verwendet: {passkey.lastUsed} · {passkey.synced ? "zwischen Geräten synchronisiert" : "an ein Gerät gebunden"}
      </p>
      <details className="mt-2">
        <summary className="cursor-pointer font-semibold text-brand-700">Umbenennen oder entfernen</summary>
        <ActionForm action={actions.renamePasskey} aria-label={`Passkey „${passkey.name}“ umbenennen`}>
          {(state) => (
            <>
              <input type="hidden" name="passkeyId" value={passkey.id} />
              <Field name="name" id={`name-${passkey.id}`} label="Neuer Name" required maxLength={60} defaultValue={passkey.name} state={state} />
              <SubmitButton variant="secondary">Umbenennen</SubmitButton>
            </>
          )}
        </ActionForm>
        <ActionForm action={actions.removePasskey} aria-label={`Passkey „${passkey.name}“ entfernen`}>
          {(state) => (
            <>
              <input type="hidden" name="passkeyId" value={passkey.id} />
              <Field
                name="currentPassword"
                id={`passwort-${passkey.id}`}
                label="Aktuelles Passwort"
                type="password"
                autoComplete="current-password"
                required
                hint="Zur Sicherheit bestätigen Sie das Entfernen mit Ihrem Passwort."
                state={state}
              />
              <SubmitButton variant="secondary">Passkey entfernen</SubmitButton>
            </>
          )}
        </ActionForm>
        {others > 0 ? (
          <div className="mt-4">
            <FormMessage state={confirm.state} />
            <Button variant="secondary" disabled={confirm.pending} onClick={() => void confirm.run("bestaetigen", { passkeyId: passkey.id })}>
              Mit einem anderen Passkey bestätigen und entfernen
            </Button>
          </div>
        ) : null}
      </details>
    </li>
  );
}
