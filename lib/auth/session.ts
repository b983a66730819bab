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
 * database check in current-user.ts.
 */
import { LRUCache } from "lru-cache";
import { decode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { sessionWithinAbsoluteLimit } from "./session-limits";

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

/** Auth.js's cookie names; the name is also the salt of the token's key. */
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

const decoded = new LRUCache<string, JWT>({ max: 5_000 });

function claimsOf(token: JWT | null): SessionClaims | null {
  if (!token || typeof token.uid !== "string" || typeof token.sv !== "number") return null;
  if (typeof token.exp !== "number" || token.exp * 1000 <= Date.now()) return null;
  if (!sessionWithinAbsoluteLimit(token)) return null;
  return { userId: token.uid, sessionVersion: token.sv };
}

/** The part of a cookie store the session needs (next/headers' `cookies()` has it). */
export interface CookieJar {
  get(name: string): { value: string } | undefined;
  getAll(): { name: string }[];
}

export async function readSession(): Promise<SessionClaims | null> {
  return sessionFromCookies(await cookies());
}

export async function sessionFromCookies(jar: CookieJar): Promise<SessionClaims | null> {
  for (const name of SESSION_COOKIES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const cached = decoded.get(value);
    if (cached) return claimsOf(cached);
    const secret = process.env.AUTH_SECRET ?? process.env.NEXTAUTH_SECRET ?? "";
    const token = await decode({ token: value, secret, salt: name }).catch(() => null);
    if (token && typeof token.exp === "number") decoded.set(value, token, { ttl: Math.max(1, token.exp * 1000 - Date.now()) });
    return claimsOf(token);
  }
  // A token too large for one cookie arrives in chunks (…session-token.0, .1): Auth.js reassembles those.
  if (jar.getAll().some((cookie) => /session-token\.\d+$/.test(cookie.name))) {
    const { auth } = await import("./auth");
    const session = await auth();
    return session?.user?.id ? { userId: session.user.id, sessionVersion: session.sessionVersion } : null;
  }
  return null;
}
