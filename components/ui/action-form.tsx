"use client";

import { useActionState } from "react";
import { initialFormState, type FormState } from "@/lib/actions/form-state";
import { FormMessage } from "./form";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * A form bound to a server action with its message shown next to it; the
 * children render the fields and get the current state for field errors.
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
      {children(state)}
      <FormMessage state={state} />
    </form>
  );
}
