/**
 * What a form's server action answers. Kept apart from form-action.ts (which
 * validates with zod) so client components can import it without pulling zod
 * into the browser bundle.
 */
export interface FormState {
  status: "idle" | "error" | "success";
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** The submitted values of non-secret fields, so the form can show them again. */
  values?: Record<string, string>;
  /** A password or code was typed and, as a secret, is not sent back: the form says why its field is empty. */
  secretsCleared?: boolean;
  /** Recovery codes of a second factor just set up: shown once, in this answer only. */
  recoveryCodes?: string[];
}

export const initialFormState: FormState = { status: "idle" };

/** A form's server action as `useActionState` takes it: pages hand it to their form component as a prop. */
export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;

/** A server action a plain `<form action>` posts to, with no state to show (sign-out). */
export type SubmitAction = (formData: FormData) => Promise<void>;
