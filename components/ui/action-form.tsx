"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FormMessage } from "./form";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form bound to a server action; the children render the fields and get
 * the current state for field errors. The message (an error summary or a
 * confirmation) comes first, above the fields and the button, where it is
 * read before anything else.
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
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className={className} aria-label={ariaLabel}>
      <FormMessage state={state} />
      {children(state)}
    </form>
  );
}
