/**
 * Auth.js (next-auth v5): Credentials sign-in with JWT sessions.
 * Sessions expire after 30 minutes without activity (the client refreshes
 * the cookie while the user works) and at the latest 12 hours after sign-in.
 * Role and session version in the token are only hints: every request
 * re-reads the user (see current-user.ts), so changes take effect at once.
 */
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { clientAddress } from "@/lib/http/client-address";
import { authenticate } from "@/lib/services/authentication";

import { IDLE_TIMEOUT_SECONDS, sessionWithinAbsoluteLimit } from "./session-limits";


/** Sign-in failures carry a code the sign-in form turns into a German message. */
export class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | "disabled" | "unavailable" | `throttled:${number}`) {
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
      console.error("[auth]", error);
    },
  },
  session: { strategy: "jwt", maxAge: IDLE_TIMEOUT_SECONDS },
  pages: { signIn: "/anmelden", error: "/anmelden" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = typeof credentials.email === "string" ? credentials.email : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        if (!email || !password || password.length > 1024) throw new SignInRefused("invalid");
        const result = await authenticate(getDb(), email, password, clientAddress(request.headers));
        if (!result.ok) throw new SignInRefused(result.reason === "throttled" ? `throttled:${result.minutes}` : result.reason);
        return { id: result.user.id, email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      const now = Math.floor(Date.now() / 1000);
      if (user) {
        token.uid = user.id!;
        token.sv = user.sessionVersion;
        token.authTime = now;
      }
      return sessionWithinAbsoluteLimit(token) ? token : null;
    },
    session({ session, token }) {
      session.user.id = token.uid;
      session.sessionVersion = token.sv;
      session.authTime = token.authTime;
      return session;
    },
  },
});
