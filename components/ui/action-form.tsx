"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
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
  const [state, formAction, pending] = useActionState(action, initialFormState);
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
