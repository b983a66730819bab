/**
 * Second-factor secrets sealed at rest (AES-256-GCM), so a copy of the
 * database or a backup does not hand out anyone's second factor. The key is
 * derived (HKDF-SHA256) from the portal's AUTH_SECRET, which the database
 * never holds. After a change of AUTH_SECRET the old value in
 * AUTH_SECRET_PREVIOUS keeps older seals readable (docs/betrieb.md); new
 * seals always use the current secret.
 *
 * Values written before sealing existed (plain base32) are still read. A
 * value that is plain or sealed with an older secret is "stale": the sign-in
 * that uses it seals it anew (lib/services/second-factor.ts).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecrets } from "./secrets";

const PREFIX = "v1:";
const IV_BYTES = 12;
const TAG_BYTES = 16;

function keyFrom(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "kurz-check", "second-factor secret v1", 32));
}

/** The current secret first, then older ones that may still open a seal. */
function boxSecrets(): string[] {
  return [...authSecrets(), ...(process.env.AUTH_SECRET_PREVIOUS ? [process.env.AUTH_SECRET_PREVIOUS] : [])];
}

/** Seals `plain` with the current secret: "v1:" and base64url of IV, ciphertext and tag. */
export function sealSecret(plain: string, secrets: readonly string[] = boxSecrets()): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(secrets[0]!), iv);
  const sealed = Buffer.concat([iv, cipher.update(plain, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return PREFIX + sealed.toString("base64url");
}

/**
 * The plain secret of a stored value and whether it should be sealed anew
 * (plain, or sealed with an older secret); null when none of the secrets
 * opens it or it was altered.
 */
export function openSecret(stored: string, secrets: readonly string[] = boxSecrets()): { plain: string; stale: boolean } | null {
  if (!stored.startsWith(PREFIX)) return { plain: stored, stale: true };
  const sealed = Buffer.from(stored.slice(PREFIX.length), "base64url");
  if (sealed.length <= IV_BYTES + TAG_BYTES) return null;
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const body = sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES);
  for (const [index, secret] of secrets.entries()) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", keyFrom(secret), iv);
      decipher.setAuthTag(tag);
      return { plain: Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8"), stale: index > 0 };
    } catch {
      // not this secret's seal: try the next
    }
  }
  return null;
}
