/**
 * What the portal knows about the request being served, reachable from any
 * code that runs for it: its id (sent back as X-Request-Id, in every log line
 * and on the error page), the origin it came in on (for absolute links when
 * SITE_URL is not set, i.e. the zero-config demo; a Host header is the
 * client's to choose, so production never uses it), the page asked for (so a
 * layout's sign-in redirect comes back to it, not to its area's start) and,
 * once the session is read, the signed-in user's id for the request's log line.
 *
 * One AsyncLocalStorage on globalThis: the portal's server (run by Node) and
 * the app code (bundled by Next.js) each load this module, and both must
 * reach the same store.
 */
import { AsyncLocalStorage } from "node:async_hooks";

export interface RequestContext {
  id: string;
  origin: string | null;
  /** Path and query of the request, without Next.js's own `_rsc` parameter; null when unreadable. */
  path: string | null;
  userId: string | null;
}

const STORE = Symbol.for("kurzcheck.request-context");

export function requestContextStore(): AsyncLocalStorage<RequestContext> {
  const holder = globalThis as { [STORE]?: AsyncLocalStorage<RequestContext> };
  holder[STORE] ??= new AsyncLocalStorage<RequestContext>();
  return holder[STORE];
}

export function currentRequest(): RequestContext | undefined {
  return requestContextStore().getStore();
}

/**
 * Marks an unexpected error with the request's id before it reaches Next.js,
 * which keeps an existing `digest` and hands it to the error page: the person
 * then quotes the same id the log line carries.
 */
export function tagWithRequestId(error: unknown): void {
  const id = currentRequest()?.id;
  if (id && typeof error === "object" && error !== null && !("digest" in error && (error as { digest?: unknown }).digest)) {
    (error as { digest?: string }).digest = id;
  }
}

/** Path and query of a request URL as the person asked for it (Next.js's `_rsc` cache key removed). */
export function requestPathOf(url: string | undefined): string | null {
  if (!url?.startsWith("/")) return null;
  try {
    const parsed = new URL(url, "http://portal.invalid");
    parsed.searchParams.delete("_rsc");
    return parsed.pathname + parsed.search;
  } catch {
    return null;
  }
}

/** The origin of a request from its (already settled) headers; null when the Host header is unusable. */
export function originOf(headers: { host?: string; "x-forwarded-proto"?: string | string[] }): string | null {
  const host = headers.host;
  if (!host || !/^[a-z0-9.\-:[\]]+$/i.test(host)) return null;
  const proto =
    String(headers["x-forwarded-proto"] ?? "http")
      .split(",")[0]!
      .trim() === "https"
      ? "https"
      : "http";
  return `${proto}://${host}`;
}
