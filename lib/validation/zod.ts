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
