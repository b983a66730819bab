/**
 * A request path as a route for logs and metrics: ids, tokens and workshop
 * codes replaced by placeholders, so no secret lands in a log line and the
 * number of distinct routes stays bounded. Unknown paths count as one.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/**
 * Tokens in links (reset, confirmation, invitation, perspective, calendar) are long base64url
 * strings with capitals or digits; the portal's own path words are lower-case with dashes.
 */
const TOKEN = /^(?=.*[A-Z0-9])[A-Za-z0-9_-]{20,}$/;
const PARAMETER_AFTER: Record<string, string> = { mitmachen: "[code]", vorlagen: "[slug]", erfolgsfaktoren: "[slug]" };

export function routeLabel(url: string | undefined, status?: number): string {
  if (status === 404) return "(nicht gefunden)";
  const pathname = (url ?? "/").split("?")[0]!;
  if (pathname.startsWith("/_next/")) return "/_next/…";
  const segments = pathname.split("/").filter(Boolean);
  const labelled = segments.map((segment, index) => {
    if (UUID.test(segment)) return "[id]";
    if (TOKEN.test(segment)) return "[token]";
    const parameter = PARAMETER_AFTER[segments[index - 1] ?? ""];
    return parameter && index === segments.length - 1 ? parameter : segment.slice(0, 40);
  });
  return `/${labelled.join("/")}`;
}
