import { createHash, randomBytes } from "node:crypto";

/** A random, URL-safe token for links in emails (256 bits). */
export function generateToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Tokens are stored only as SHA-256: a leaked table does not open any link. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
