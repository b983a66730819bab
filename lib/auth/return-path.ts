/** A path inside this portal to return to after sign-in; anything else (other hosts, "//x") is dropped. */
export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (value.startsWith("/api/") || value.startsWith("/anmelden")) return null;
  return value;
}
