import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** ~49,000 passwords seen most often in breaches, from the zxcvbn-ts project. */
const COMMON_PASSWORDS = new Set((dictionary["passwords-common"] as string[]).map((p) => p.toLowerCase()));

/**
 * NIST-style rules: length 10–128, no composition rules, but no password
 * from the list of common ones and none equal to the email address.
 * Returns a German message, or null when the password is acceptable.
 */
export function passwordProblem(password: string, email?: string): string | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return `Das Passwort muss mindestens ${PASSWORD_MIN_LENGTH} Zeichen lang sein.`;
  if (length > PASSWORD_MAX_LENGTH) return `Das Passwort darf höchstens ${PASSWORD_MAX_LENGTH} Zeichen lang sein.`;
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return "Dieses Passwort ist zu verbreitet und leicht zu erraten. Bitte wählen Sie ein anderes.";
  if (email && lower === email.toLowerCase()) return "Das Passwort darf nicht Ihre E-Mail-Adresse sein.";
  return null;
}
