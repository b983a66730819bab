/**
 * The origin (scheme and host) the current request came in on, for absolute
 * links when SITE_URL is not set (the zero-config demo, where the portal may
 * be opened as localhost, by address or by name). Production sets SITE_URL
 * and never uses this: a Host header is the client's to choose.
 *
 * One AsyncLocalStorage on globalThis: the portal's server (run by Node) and
 * the app code (bundled by Next.js) each load this module, and both must
 * reach the same store.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const STORE = Symbol.for("kurzcheck.request-origin");

export function requestOriginStore(): AsyncLocalStorage<string> {
  const holder = globalThis as { [STORE]?: AsyncLocalStorage<string> };
  holder[STORE] ??= new AsyncLocalStorage<string>();
  return holder[STORE];
}

/** The origin of a request from its (already settled) headers; null when the Host header is unusable. */
export function originOf(headers: { host?: string; "x-forwarded-proto"?: string | string[] }): string | null {
  const host = headers.host;
  if (!host || !/^[a-z0-9.\-:[\]]+$/i.test(host)) return null;
  const proto = String(headers["x-forwarded-proto"] ?? "http").split(",")[0]!.trim() === "https" ? "https" : "http";
  return `${proto}://${host}`;
}
