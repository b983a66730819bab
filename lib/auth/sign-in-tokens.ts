/**
 * Two short-lived sealed tokens of the sign-in (encrypted and authenticated
 * with AUTH_SECRET, each under its own salt so neither stands in for the other
 * or for a session cookie):
 * - the challenge: "this browser gave the right password for user X and must
 *   now give a second factor", kept in an HttpOnly cookie for five minutes;
 * - the grant: "user X has passed every factor", handed from our sign-in
 *   action to Auth.js in the same request. The Credentials provider accepts
 *   nothing else, so Auth.js's public callback URL cannot be used to skip the
 *   second factor with a password alone.
 */
import { decode, encode } from "next-auth/jwt";
import { authSecrets } from "./secrets";

const CHALLENGE_SALT = "kurzcheck.second-factor-challenge";
const GRANT_SALT = "kurzcheck.sign-in-grant";
export const CHALLENGE_COOKIE = "kurzcheck-zweiter-faktor";
export const CHALLENGE_SECONDS = 5 * 60;
const GRANT_SECONDS = 60;

export interface SignInClaims {
  userId: string;
  sessionVersion: number;
  /** Where to go after sign-in (already checked by safeReturnPath). */
  returnTo?: string | null;
}

async function seal(claims: SignInClaims, salt: string, maxAge: number): Promise<string> {
  const [secret] = authSecrets();
  return encode({ token: { uid: claims.userId, sv: claims.sessionVersion, weiter: claims.returnTo ?? null }, secret: secret!, salt, maxAge });
}

async function open(value: string | undefined, salt: string): Promise<SignInClaims | null> {
  if (!value || value.length > 4_000) return null;
  const token = await decode({ token: value, secret: authSecrets(), salt }).catch(() => null);
  if (!token || typeof token.uid !== "string" || typeof token.sv !== "number") return null;
  if (typeof token.exp !== "number" || token.exp * 1000 <= Date.now()) return null;
  return { userId: token.uid, sessionVersion: token.sv, returnTo: typeof token.weiter === "string" ? token.weiter : null };
}

export const sealChallenge = (claims: SignInClaims) => seal(claims, CHALLENGE_SALT, CHALLENGE_SECONDS);
export const openChallenge = (value: string | undefined) => open(value, CHALLENGE_SALT);
export const sealGrant = (claims: SignInClaims) => seal(claims, GRANT_SALT, GRANT_SECONDS);
export const openGrant = (value: string | undefined) => open(value, GRANT_SALT);
