/**
 * A path inside this portal to return to after sign-in; anything else is dropped.
 *
 * Why parse instead of testing prefixes: browsers strip tab and line-break
 * characters from URLs, so "/\t/evil.example" becomes "//evil.example" only
 * after the check. The value is therefore parsed against a stand-in origin
 * exactly as a browser would; only if it stays on that origin is it rebuilt
 * from its pathname and query (which are percent-encoded and free of
 * control characters). Sign-in and API paths are never a destination.
 */
const STAND_IN_ORIGIN = "https://portal.invalid";

export function safeReturnPath(value: string | null | undefined): string | null {
  if (!value || value.length > 2_000 || !value.startsWith("/")) return null;
  let url: URL;
  try {
    url = new URL(value, STAND_IN_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== STAND_IN_ORIGIN || url.username || url.password) return null;
  const path = `${url.pathname}${url.search}`;
  // Rebuilt paths start with a single slash; "//" would again be read as another host.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return null;
  if (path.startsWith("/api/") || path === "/anmelden" || path.startsWith("/anmelden?") || path.startsWith("/anmelden/")) return null;
  return path;
}
