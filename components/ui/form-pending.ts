"use client";

import { createContext, useContext } from "react";
import { useFormStatus } from "react-dom";

/** Set by ActionForm while its action runs (it sends from onSubmit, which useFormStatus does not see). */
export const ActionPendingContext = createContext(false);

/** True while the surrounding form's action runs: an ActionForm, or a plain form with an action. */
export function useFormPending(): boolean {
  const actionForm = useContext(ActionPendingContext);
  const { pending } = useFormStatus();
  return actionForm || pending;
}
