/**
 * Time-based one-time codes (RFC 6238: SHA-1, 6 digits, 30 seconds), as every
 * authenticator app generates them, with otpauth doing the arithmetic. A code
 * is accepted for the current step and one step either side (clock drift);
 * the caller stores the accepted step so the same code never counts twice.
 */
import { Secret, TOTP } from "otpauth";

export const TOTP_ISSUER = "Kurz-Check Integration";
const PERIOD_SECONDS = 30;

function totp(secret: string, label = "Konto"): TOTP {
  return new TOTP({ issuer: TOTP_ISSUER, label, algorithm: "SHA1", digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secret) });
}

/** A fresh random secret (160 bits), base32 as apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The 30-second step a moment falls into. */
export function totpStep(at: number = Date.now()): number {
  return Math.floor(at / 1000 / PERIOD_SECONDS);
}

/** The code for `secret` at `at` (tests and the demo use it; the server only verifies). */
export function totpCode(secret: string, at: number = Date.now()): string {
  return totp(secret).generate({ timestamp: at });
}

/** The step `code` belongs to (current ±1), or null when it matches none. */
export function matchTotpStep(secret: string, code: string, at: number = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secret).validate({ token: code, timestamp: at, window: 1 });
  return delta === null ? null : totpStep(at) + delta;
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, accountLabel: string): string {
  return totp(secret, accountLabel).toString();
}

/** Groups a base32 secret in fours, so it can be typed from the screen. */
export function formatSecretForTyping(secret: string): string {
  return secret.replace(/(.{4})/g, "$1 ").trim();
}
