/**
 * The signed-in user of the current Next.js request, read once per request
 * (signed-in-user.ts says what counts). The Next.js adapter of the session:
 * only pages, layouts, server actions and route handlers import it.
 */
import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/db";
import { auth } from "./auth";
import { hasChunkedSession, sessionCookieName, sessionFromCookies, type SessionClaims } from "./session-cookie";
import { userForSession, type CurrentUser } from "./signed-in-user";

export type { CurrentUser } from "./signed-in-user";

export async function readSession(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const name = sessionCookieName((await headers()).get("x-forwarded-proto"));
  const session = await sessionFromCookies(jar, name);
  if (session || !hasChunkedSession(jar, name)) return session;
  // A token too large for one cookie (never issued by this portal): Auth.js reassembles its chunks.
  const chunked = await auth();
  return chunked?.user?.id && chunked.sessionId ? { userId: chunked.user.id, sessionVersion: chunked.sessionVersion, sessionId: chunked.sessionId } : null;
}

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await readSession();
  return session ? userForSession(getDb(), session) : null;
});
