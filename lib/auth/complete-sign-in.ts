/**
 * Opens the Auth.js session for a person who has passed every sign-in factor
 * (password, and the second factor where set up): seals a short grant and
 * hands it to the Credentials provider in this same request.
 */
import "server-only";
import { AuthError } from "next-auth";
import { signIn } from "./auth";
import { sealGrant } from "./sign-in-tokens";

/** True when the session cookie is set; false when the account changed meanwhile (deactivated, new password). */
export async function openSession(userId: string, sessionVersion: number): Promise<boolean> {
  try {
    await signIn("credentials", { grant: await sealGrant({ userId, sessionVersion }), redirect: false });
    return true;
  } catch (error) {
    if (error instanceof AuthError) return false;
    throw error;
  }
}
