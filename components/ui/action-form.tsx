"use client";

import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FormMessage } from "./form";
import { ActionPendingContext } from "./form-pending";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form bound to a server action; the children render the fields and get
 * the current state for field errors. The message (an error summary or a
 * confirmation) comes first, above the fields and the button, where it is
 * read before anything else.
 *
 * With JavaScript the form is sent from onSubmit rather than through React's
 * form action, because React empties every field after an action, also after
 * a refusal: chosen radio buttons and typed notes would vanish exactly when
 * the person has to correct one of them. Here the fields are emptied only
 * after a success. Without JavaScript the plain form action still works.
 *
 * A file input with `data-max-bytes` is checked before sending: a file too
 * large gets its German message at the field at once, instead of a long
 * upload the server refuses.
 */
export function ActionForm({
  action,
  children,
  className = "",
  "aria-label": ariaLabel,
}: {
  action: Action;
  children: (state: FormState) => React.ReactNode;
  className?: string;
  "aria-label"?: string;
}) {
  const [serverState, formAction, pending] = useActionState(action, initialFormState);
  const [refusedHere, setRefusedHere] = useState<FormState | null>(null);
  const state = refusedHere ?? serverState;
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status === "success") form.current?.reset();
  }, [state]);
  return (
    <form
      ref={form}
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        const tooLarge = oversizedFile(event.currentTarget);
        setRefusedHere(tooLarge);
        if (tooLarge) return;
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(data));
      }}
      noValidate
      className={className}
      aria-label={ariaLabel}
    >
      <ActionPendingContext.Provider value={pending}>
        <FormMessage state={state} />
        {children(state)}
      </ActionPendingContext.Provider>
    </form>
  );
}

/** The refusal for the first chosen file over its input's `data-max-bytes`, or null. */
function oversizedFile(form: HTMLFormElement): FormState | null {
  for (const input of form.querySelectorAll<HTMLInputElement>("input[type=file][data-max-bytes]")) {
    const limit = Number(input.dataset.maxBytes);
    const file = input.files?.[0];
    if (file && file.size > limit) {
      const message = `Die Datei ist größer als ${Math.round(limit / (1024 * 1024))} MB und wurde nicht gesendet. Bitte wählen Sie eine kleinere Datei.`;
      return { status: "error", message, fieldErrors: { [input.name]: [message] } };
    }
  }
  return null;
}
