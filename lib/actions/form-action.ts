/**
 * The one way server actions are built: authorize first, then parse the
 * FormData with zod, then run. Errors come back as German messages per field
 * (never the password), redirects pass through, unexpected errors are logged
 * with their cause and reported without details.
 */
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "@/lib/validation/zod";
import { isAppError, isDatabaseOutage } from "@/lib/errors";
import { logger } from "@/lib/log";
import type { Translate } from "@/lib/i18n/messages";
import type { FormState } from "./form-state";

export type { FormState } from "./form-state";

const DATABASE_AWAY =
  "Ihre Angaben sind noch nicht gespeichert, weil der Dienst gerade kurz nicht erreichbar ist. Bitte senden Sie das Formular in einem Moment erneut – Ihre Eingaben bleiben stehen.";

/** Field names whose values are never sent back to the browser. */
const SECRET_FIELDS = /passwor|token|secret/i;

function echo(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$") || SECRET_FIELDS.test(key)) continue;
    // A checkbox group sends its name once per ticked box: echoed as "a,b".
    values[key] = key in values ? `${values[key]},${value.slice(0, 10_000)}` : value.slice(0, 10_000);
  }
  return values;
}

/** Whether a secret field (password, code) had something typed in: a refusal then says why it comes back empty. */
function typedSecret(formData: FormData): boolean {
  for (const [key, value] of formData.entries()) if (typeof value === "string" && value !== "" && SECRET_FIELDS.test(key)) return true;
  return false;
}

/** The form's fields as an object; a name sent several times (checkboxes of one group) becomes a list. */
function formFields(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key);
    fields[key] = values.length > 1 ? values : values[0]!;
  }
  return fields;
}

/**
 * What a form shows for a refusal. With `translate` (a guest page) the
 * message is the guest's language: an AppError's guest message, else a
 * general one — never the German service text, and no German field errors.
 */
export function errorState(error: unknown, values?: Record<string, string>, translate?: Translate): FormState {
  if (isAppError(error)) {
    if (!translate) return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
    const message = error.guestMessage ? translate(error.guestMessage.key, error.guestMessage.values) : translate("fehler.unerwartet");
    return { status: "error", message, values };
  }
  if (error instanceof z.ZodError) return { status: "error", message: error.issues[0]?.message ?? "Bitte prüfen Sie Ihre Eingaben.", values };
  if (isDatabaseOutage(error)) {
    // PostgreSQL restarts or fails over: nothing was stored, the form keeps what was typed, a retry in a moment lands.
    logger().warn({ err: error }, "Datenbank nicht erreichbar – Formular abgewiesen");
    return { status: "error", message: translate ? translate("fehler.nichtErreichbar") : DATABASE_AWAY, values };
  }
  logger().error({ err: error }, "Unerwarteter Fehler in einer Server-Action");
  return {
    status: "error",
    message: translate ? translate("fehler.unerwartet") : "Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal.",
    values,
  };
}

/**
 * Server actions are public endpoints: anyone can call them with arguments of
 * any shape (an array, an object, null). Only real form data is read.
 */
export const MALFORMED_REQUEST: FormState = {
  status: "error",
  message: "Diese Anfrage konnte nicht verarbeitet werden. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.",
};

export function formAction<Schema extends z.ZodType, Context>(options: {
  authorize: () => Promise<Context>;
  schema: Schema;
  run: (input: z.output<Schema>, context: Context, formData: FormData) => Promise<FormState | void>;
  /** A guest page's language: its general messages replace the German ones (the schema brings its own). */
  translate?: Translate;
}) {
  const translate = options.translate;
  return async function action(_previous: FormState, formData: FormData): Promise<FormState> {
    if (!(formData instanceof FormData)) return translate ? { status: "error", message: translate("fehler.ungueltigeAnfrage") } : MALFORMED_REQUEST;
    const result = await handle(formData);
    return result.status === "error" && typedSecret(formData) ? { ...result, secretsCleared: true } : result;
  };

  async function handle(formData: FormData): Promise<FormState> {
    const values = echo(formData);
    try {
      const context = await options.authorize();
      const parsed = options.schema.safeParse(formFields(formData));
      if (!parsed.success) {
        const { formErrors, fieldErrors } = z.flattenError(parsed.error);
        return {
          status: "error",
          // A guest's summary says "check your answers" in its title, above the fields it links; a refusal of the form as a whole is its message.
          message: translate ? formErrors[0] : (formErrors[0] ?? "Bitte prüfen Sie die markierten Angaben."),
          fieldErrors: fieldErrors as Record<string, string[]>,
          values,
        };
      }
      return (await options.run(parsed.data, context, formData)) ?? { status: "success", values };
    } catch (error) {
      unstable_rethrow(error); // redirect(), notFound() and friends are not errors
      return errorState(error, values, translate);
    }
  }
}

/** For actions anyone may call (sign-in, registration, password reset). */
export const anyone = async () => null;
