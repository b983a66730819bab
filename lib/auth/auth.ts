/**
 * Auth.js (next-auth v5): JWT session cookies, each tied to a row in
 * user_sessions. Sessions expire after 30 minutes without activity (the
 * client refreshes the cookie while the user works) and at the latest
 * 12 hours after sign-in.
 *
 * The Credentials provider accepts only a sealed grant from our own sign-in
 * actions (lib/auth/sign-in-tokens.ts), issued after the password and, where
 * set up, the second factor: Auth.js's public callback URL opens nothing with
 * a password alone. Whenever Auth.js reads a token (/api/auth/session, the
 * session keeper's refresh) the session row, account and session version are
 * checked in the database, so a revoked session gets no fresh cookie.
 */
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { logger } from "@/lib/log";
import { clientAddress } from "@/lib/route-handlers/client-address";
import { endSession, sessionStillValid, startSession } from "@/lib/services/browser-sessions";
import { IDLE_TIMEOUT_SECONDS, sessionWithinAbsoluteLimit } from "./session-timeouts";
import { openGrant } from "./sign-in-tokens";

/** A refused grant (expired, forged, account changed since the password step). */
export class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | "unavailable") {
    super();
    this.code = code;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  logger: {
    // A refused sign-in is an expected outcome (and audited), not a server error.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      logger().error({ err: error }, "Auth.js meldet einen Fehler");
    },
  },
  session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS },
  pages: { signIn: "/anmelden", error: "/anmelden" },
  providers: [
    Credentials({
      credentials: { grant: {} },
      async authorize(credentials, request) {
        const grant = await openGrant(typeof credentials.grant === "string" ? credentials.grant : undefined);
        if (!grant) throw new SignInRefused("invalid");
        const started = await startSession(getDb(), grant.userId, grant.sessionVersion, clientAddress(request.headers));
        if (!started) throw new SignInRefused("invalid");
        const { user, sessionId } = started;
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion, sessionId };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id!;
        token.sv = user.sessionVersion;
        token.sid = user.sessionId;
        token.authTime = Math.floor(Date.now() / 1000);
        return token;
      }
      if (!sessionWithinAbsoluteLimit(token) || typeof token.sid !== "string") return null;
      const valid = await sessionStillValid(getDb(), { userId: token.uid, sessionVersion: token.sv, sessionId: token.sid });
      return valid ? token : null;
    },
    session({ session, token }) {
      session.user.id = token.uid;
      session.sessionVersion = token.sv;
      session.sessionId = token.sid;
      session.authTime = token.authTime;
      return session;
    },
  },
  events: {
    // Every sign-out (our button or Auth.js's own endpoint) ends the session row too.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      if (token && typeof token.sid === "string") await endSession(getDb(), token.sid);
    },
  },
});
