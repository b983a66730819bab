"use client";

import { startAuthentication, startRegistration, WebAuthnError } from "@simplewebauthn/browser";
import { startTransition, useActionState, useState } from "react";
import { initialFormState, type FormAction, type FormState } from "@/lib/actions/form-state";

export type PasskeyPurpose = "anmelden" | "hinzufuegen" | "bestaetigen" | "zweiter-faktor";

/** A refusal of the options route, with its field errors (a wrong current password). */
class OptionsRefused extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

/** The options of a passkey ceremony with a fresh challenge (POST /api/passkeys/optionen); a refusal's German message as the error. */
async function fetchOptions(purpose: PasskeyPurpose, currentPassword?: string) {
  const response = await fetch("/api/passkeys/optionen", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ zweck: purpose, currentPassword }),
  });
  const body = (await response.json().catch(() => null)) as { message?: string; fieldErrors?: Record<string, string[]> } | null;
  if (!response.ok)
    throw new OptionsRefused(body?.message ?? "Der Passkey-Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.", body?.fieldErrors);
  return body as never;
}

/** What went wrong in the browser or on the device, in words a person can act on. */
function passkeyErrorMessage(error: unknown): string {
  const name = error instanceof WebAuthnError ? (error.cause as { name?: string } | undefined)?.name : (error as { name?: string } | null)?.name;
  if (error instanceof WebAuthnError && error.code === "ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED") {
    return "Auf diesem Gerät ist schon ein Passkey für Ihr Konto gespeichert.";
  }
  if (name === "NotAllowedError" || name === "AbortError")
    return "Der Vorgang wurde abgebrochen oder hat zu lange gedauert. Bitte versuchen Sie es noch einmal.";
  if (name === "SecurityError") return "Passkeys funktionieren nur unter der Adresse des Portals, nicht über eine IP-Adresse.";
  if (name === "NotSupportedError") return "Dieser Browser oder dieses Gerät unterstützt keine Passkeys.";
  if (error instanceof Error && !(error instanceof WebAuthnError) && error.message) return error.message;
  return "Der Passkey konnte nicht verwendet werden. Bitte versuchen Sie es noch einmal.";
}

/**
 * A passkey ceremony bound to a server action: fetch options, let the device
 * answer, send the answer (and any other fields) as form data. Failures in
 * the browser show in the same error summary as the server's refusals.
 */
export function usePasskeyAction(action: FormAction) {
  const [serverState, dispatch, pending] = useActionState(action, initialFormState);
  const [local, setLocal] = useState<FormState | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(purpose: PasskeyPurpose, fields: Record<string, string> = {}, options: { autofill?: boolean; currentPassword?: string } = {}) {
    setLocal(null);
    // The browser's autofill may wait for minutes; the buttons stay usable meanwhile.
    if (!options.autofill) setBusy(true);
    try {
      const optionsJSON = await fetchOptions(purpose, options.currentPassword);
      const answer =
        purpose === "hinzufuegen" ? await startRegistration({ optionsJSON }) : await startAuthentication({ optionsJSON, useBrowserAutofill: options.autofill });
      const data = new FormData();
      for (const [key, value] of Object.entries(fields)) data.set(key, value);
      data.set("antwort", JSON.stringify(answer));
      startTransition(() => dispatch(data));
    } catch (error) {
      // The browser's autofill waits silently; only a ceremony the person started reports a failure.
      if (!options.autofill) {
        setLocal({ status: "error", message: passkeyErrorMessage(error), fieldErrors: error instanceof OptionsRefused ? error.fieldErrors : undefined });
      }
    } finally {
      setBusy(false);
    }
  }

  /** A refusal found in the browser before any ceremony (an empty field), shown like the server's. */
  function refuse(field: string, message: string) {
    setLocal({ status: "error", message, fieldErrors: { [field]: [message] } });
  }

  return { state: local ?? serverState, run, refuse, pending: pending || busy };
}
