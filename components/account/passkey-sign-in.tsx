"use client";

import { browserSupportsWebAuthn, browserSupportsWebAuthnAutofill } from "@simplewebauthn/browser";
import { useEffect, useEffectEvent, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";
import { usePasskeyAction } from "./use-passkey";

const subscribeToNothing = () => () => {};

/**
 * "Mit Passkey anmelden": no address, no password — the device shows the
 * passkeys it holds for this portal. Where the browser offers it, the passkeys
 * also appear in the e-mail field's suggestions (conditional UI).
 */
export function PasskeySignIn({ signIn, returnTo }: { signIn: FormAction; returnTo?: string }) {
  const { state, run, pending } = usePasskeyAction(signIn);
  // Known only in the browser: the server renders no button, the browser adds it where passkeys work.
  const supported = useSyncExternalStore(subscribeToNothing, browserSupportsWebAuthn, () => false);
  const fields: Record<string, string> = returnTo ? { weiter: returnTo } : {};
  const offerInAutofill = useEffectEvent(async () => {
    if (await browserSupportsWebAuthnAutofill()) await run("anmelden", fields, { autofill: true });
  });
  // Once per page view: a second autofill request would cancel the first.
  useEffect(() => {
    void offerInAutofill();
  }, []);
  if (!supported) return null;
  return (
    <section aria-labelledby="passkey-titel" className="mt-10 max-w-xl border-t border-line pt-6">
      <h2 id="passkey-titel" className="text-xl font-bold text-brand-900">
        Ohne Passwort
      </h2>
      <FormMessage state={state} />
      <p className="mt-2">Haben Sie für Ihr Konto einen Passkey angelegt, melden Sie sich mit Ihrem Gerät an – per Fingerabdruck, Gesicht oder PIN.</p>
      <Button variant="secondary" className="mt-4" disabled={pending} onClick={() => void run("anmelden", fields)}>
        Mit Passkey anmelden
      </Button>
    </section>
  );
}
