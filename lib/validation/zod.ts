/**
 * zod with German messages everywhere: the German locale for all defaults,
 * and plain words for type errors (a forged request sending an array where a
 * text belongs). Schemas import `z` from here, never from "zod" directly.
 */
import { z } from "zod";

z.config(z.locales.de());
z.config({
  customError: (issue) => {
    if (issue.code !== "invalid_type") return undefined;
    return issue.input === undefined ? "Bitte füllen Sie dieses Feld aus." : "Diese Angabe hat ein ungültiges Format.";
  },
});

export { z };

/**
 * Control characters no text field may carry: NUL breaks PostgreSQL, others
 * hide or garble text. Multi-line text keeps tab and line breaks.
 */
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f]/;
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
export const CONTROL_CHARACTER_MESSAGE = "Der Text enthält unzulässige Steuerzeichen. Bitte entfernen Sie sie.";

/** True when `value` holds a control character that text of this kind may not contain. */
export function hasControlCharacters(value: string, multiline = false): boolean {
  return (multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(value);
}

/**
 * The one text schema every form field and JSON text uses: a string without
 * control characters (tab and line breaks allowed when `multiline`).
 */
export function text(options: { multiline?: boolean; error?: string } = {}) {
  return z
    .string(options.error ? { error: options.error } : undefined)
    .refine((value) => !hasControlCharacters(value, options.multiline), { error: CONTROL_CHARACTER_MESSAGE });
}

/** A choice from a query string: "" or anything unknown means "not chosen", never an error (filters, sorting). */
export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.enum(values).optional()).catch(undefined);
