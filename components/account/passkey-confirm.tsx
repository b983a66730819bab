"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form";
import type { FormAction } from "@/lib/actions/form-state";
import { usePasskeyAction } from "./use-passkey";

/** "Mit Passkey bestätigen": the second sign-in step with one of the person's passkeys. */
export function PasskeyConfirm({ confirm, alone }: { confirm: FormAction; alone: boolean }) {
  const { state, run, pending } = usePasskeyAction(confirm);
  return (
    <section aria-label="Mit Passkey bestätigen" className={alone ? "max-w-xl" : "mt-10 max-w-xl border-t border-line pt-6"}>
      <FormMessage state={state} />
      {alone ? null : <p>Oder bestätigen Sie mit einem Ihrer Passkeys.</p>}
      <Button className="mt-4" variant={alone ? "primary" : "secondary"} disabled={pending} onClick={() => void run("zweiter-faktor")}>
        Mit Passkey bestätigen
      </Button>
    </section>
  );
}
