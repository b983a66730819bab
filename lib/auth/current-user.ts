/**
 * The signed-in user of the current Next.js request, read once per request
 * (session-user.ts says what counts).
 */
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db";
import { sessionCookieName, sessionFromCookies, type SessionClaims } from "./session";
import { userForSession, type CurrentUser } from "./session-user";

export { loadCurrentUser, STAFF_ROLES, userForSession, type CurrentUser } from "./session-user";

export async function readSession(): Promise<SessionClaims | null> {
  return sessionFromCookies(await cookies(), sessionCookieName((await headers()).get("x-forwarded-proto")));
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  return session ? userForSession(getDb(), session) : null;
});
