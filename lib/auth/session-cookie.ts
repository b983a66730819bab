/**
 * The signed-in session, read from the request's cookie without Auth.js's
 * `auth()`.
 *
 * Why: `auth()` decrypts the session JWT and encrypts a refreshed one on every
 * call (about 1.5 ms of crypto per request, measured with `npm run bench`),
 * although pages cannot set the refreshed cookie anyway; the session keeper
 * refreshes it through /api/auth/session. Here the token is decrypted with
 * Auth.js's own `decode` and the result kept in a small in-memory cache keyed
 * by the exact cookie value, so a user's requests until the next refresh
 * decrypt once. Expiry and the absolute limit are checked on every read;
 * revocation (password change, deactivation) stays with the per-request
 * database check in signed-in-user.ts.
 */
import { LRUCache } from "lru-cache";
import { decode, type JWT } from "next-auth/jwt";
import { authSecrets } from "./secrets";
import { sessionWithinAbsoluteLimit } from "./session-timeouts";

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
  /** The user_sessions row this browser's sign-in created; revoked on sign-out. */
  sessionId: string;
}

const decoded = new LRUCache<string, JWT>({ max: 5_000 });

/**
 * The one cookie name Auth.js itself would read: `__Secure-` on https. The
 * protocol comes from AUTH_URL, else from x-forwarded-proto (as Auth.js's
 * `createActionURL` does). Accepting only that name keeps a cookie planted
 * over plain http from standing in for the secure one.
 */
export function sessionCookieName(forwardedProto: string | null): string {
  return servedOverHttps(forwardedProto) ? "__Secure-authjs.session-token" : "authjs.session-token";
}

/** Whether browsers reach the portal over https (then cookies are Secure), decided as Auth.js decides it. */
export function servedOverHttps(forwardedProto: string | null): boolean {
  const envUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL;
  const protocol = envUrl ? new URL(envUrl).protocol : `${(forwardedProto ?? "https").split(",")[0]!.trim().replace(/:$/, "")}:`;
  return protocol === "https:";
}

function claimsOf(token: JWT | null): SessionClaims | null {
  if (!token || typeof token.uid !== "string" || typeof token.sv !== "number" || typeof token.sid !== "string") return null;
  if (typeof token.exp !== "number" || token.exp * 1000 <= Date.now()) return null;
  if (!sessionWithinAbsoluteLimit(token)) return null;
  return { userId: token.uid, sessionVersion: token.sv, sessionId: token.sid };
}

/** The part of a cookie store the session needs (next/headers' `cookies()` has it). */
export interface CookieJar {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string }[];
}

/**
 * The session of a request's cookies, from the one unchunked cookie this
 * portal issues (its claims are small). A token split into chunks
 * (…session-token.0, .1) is Auth.js's to reassemble: Next.js pages fall back
 * to it in current-user.ts; elsewhere it counts as no session.
 */
export async function sessionFromCookies(jar: CookieJar, name: string): Promise<SessionClaims | null> {
  const value = jar.get(name)?.value;
  if (!value) return null;
  // The name is the salt of the token's key, so it is part of the cache key too.
  const key = `${name}\0${value}`;
  const cached = decoded.get(key);
  if (cached) return claimsOf(cached);
  const secret = authSecrets();
  const token = await decode({ token: value, secret, salt: name }).catch(() => null); // forged or expired: no session
  if (token && typeof token.exp === "number") decoded.set(key, token, { ttl: Math.max(1, token.exp * 1000 - Date.now()) });
  return claimsOf(token);
}

/** True when the cookies hold a token in chunks under `name`. */
export function hasChunkedSession(jar: CookieJar, name: string): boolean {
  return jar.getAll().some((cookie) => cookie.name.startsWith(`${name}.`));
}
