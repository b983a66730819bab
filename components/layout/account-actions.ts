import type { FormAction, SubmitAction } from "@/lib/actions/form-state";

/** The server actions of the account controls in the header, handed down by the area layouts. */
export interface AccountActions {
  signOut: SubmitAction;
  chooseKommune: FormAction;
}
