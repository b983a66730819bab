/**
 * zod schemas of the passkey forms. The authenticator's answer travels as a
 * JSON text in the field "antwort"; only its outer shape is checked here —
 * its contents are checked by @simplewebauthn/server in lib/services/passkeys.ts.
 */
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { text, z } from "./zod";

const REFUSED = "Die Antwort Ihres Geräts war unvollständig. Bitte versuchen Sie es noch einmal.";

const credentialShape = z.object({
  id: z.string().min(1).max(1400),
  rawId: z.string().min(1).max(1400),
  type: z.literal("public-key"),
  response: z.record(z.string(), z.unknown()),
  clientExtensionResults: z.record(z.string(), z.unknown()).optional().default({}),
});

/** The JSON text of a WebAuthn credential as @simplewebauthn/browser produces it. */
function credentialJson<T>() {
  return z
    .string({ error: REFUSED })
    .max(20_000, { error: REFUSED })
    .transform((value, ctx) => {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: REFUSED });
        return z.NEVER;
      }
    })
    .pipe(credentialShape.loose())
    .transform((value) => value as unknown as T);
}

export const passkeyNameSchema = text({ error: "Bitte geben Sie dem Passkey einen Namen." })
  .trim()
  .min(1, { error: "Bitte geben Sie dem Passkey einen Namen, z. B. „Laptop Büro“." })
  .max(60, { error: "Der Name darf höchstens 60 Zeichen lang sein." });

export const addPasskeySchema = z.object({ name: passkeyNameSchema, antwort: credentialJson<RegistrationResponseJSON>() });

export const passkeySignInSchema = z.object({ antwort: credentialJson<AuthenticationResponseJSON>(), weiter: z.string().max(500).optional() });

export const passkeyConfirmationSchema = z.object({ antwort: credentialJson<AuthenticationResponseJSON>() });

export const renamePasskeySchema = z.object({ passkeyId: z.uuid({ error: "Unbekannter Passkey." }), name: passkeyNameSchema });

/** Removal: the current password, or the answer of another passkey. */
export const removePasskeySchema = z
  .object({
    passkeyId: z.uuid({ error: "Unbekannter Passkey." }),
    currentPassword: z.string().max(1000).optional().default(""),
    antwort: z.string().max(20_000).optional().default(""),
  })
  .superRefine((data, ctx) => {
    if (!data.currentPassword && !data.antwort) {
      ctx.addIssue({ code: "custom", path: ["currentPassword"], message: "Bitte bestätigen Sie mit Ihrem aktuellen Passwort oder mit einem anderen Passkey." });
    }
  })
  .transform(({ passkeyId, currentPassword, antwort }) => ({ passkeyId, currentPassword, antwort }));

/** The "antwort" of a removal confirmed by passkey, once it is known to be there. */
export const passkeyAnswerSchema = credentialJson<AuthenticationResponseJSON>();

/** What the options are for (POST /api/passkeys/optionen). */
export const passkeyPurposeSchema = z.object({
  zweck: z.enum(["anmelden", "hinzufuegen", "bestaetigen", "zweiter-faktor"], { error: "Unbekannter Zweck." }),
  /** For "hinzufuegen": the current password. */
  currentPassword: z.string().max(1000).optional().default(""),
});
