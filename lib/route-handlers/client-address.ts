/**
 * The client's address for per-address limits and the audit log. The portal's
 * server (lib/portal-server/http-server.ts) has already replaced X-Forwarded-For with
 * the one address it resolved from the socket and the trusted proxies, so the
 * header holds no value a client chose itself.
 */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unbekannt";
}
