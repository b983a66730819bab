/**
 * Server actions of the pages people use without an account: like
 * formAction, but refusals come back in the guest's language. The form sends
 * its page's language along (a hidden `sprache` field); without it the
 * visit's or the browser's language answers.
 */
import "server-only";
import type { z } from "@/lib/validation/zod";
import type { FormAction, FormState } from "@/lib/actions/form-state";
import { guestTranslate } from "@/lib/i18n/guest-request";
import { LOCALE_PARAM } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/messages";
import { anyone, errorState, formAction } from "./form-action";

export function guestFormAction<Schema extends z.ZodType>(options: {
  /** The form's schema with messages in the guest's language (it may depend on what the form is for, e.g. a survey's version). */
  schema: (t: Translate, formData: FormData) => Schema | Promise<Schema>;
  run: (input: z.output<Schema>, t: Translate) => Promise<FormState | void>;
}): FormAction {
  return async function action(previous, formData) {
    const t = await guestTranslate(formData instanceof FormData ? formData.get(LOCALE_PARAM) : null);
    if (!(formData instanceof FormData)) return { status: "error", message: t("fehler.ungueltigeAnfrage") };
    let schema: Schema;
    try {
      schema = await options.schema(t, formData);
    } catch (error) {
      return errorState(error, undefined, t);
    }
    return formAction({ authorize: anyone, schema, translate: t, run: (input) => options.run(input, t) })(previous, formData);
  };
}
