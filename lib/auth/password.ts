import { hash, verify } from "@node-rs/argon2";
import { logger } from "@/lib/log";

/**
 * argon2id with the OWASP minimum (19 MiB, 2 iterations, parallelism 1).
 * `2` is Algorithm.Argon2id: the package exports it as a const enum,
 * which isolated-module builds cannot import.
 */
const ARGON2ID_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch (error) {
    // A malformed stored hash is a data problem, not a wrong password: log it, then refuse.
    logger().error({ err: error }, "Gespeicherter Passwort-Hash ist nicht lesbar");
    return false;
  }
}
