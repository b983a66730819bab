/**
 * The client's address as the reverse proxy reports it. The shipped nginx
 * config sets X-Forwarded-For to the peer address (it does not append), and
 * the app listens on loopback behind it, so the header cannot be forged.
 */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unbekannt";
}
