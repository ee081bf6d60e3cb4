// next-auth v4 configuration: two Credentials providers (resident / staff), JWT sessions.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";
import type { Audience } from "./audiences";
import { isIdleExpired, SESSION_MAX_AGE_SECONDS, sessionCookieName, secureCookies } from "./session-cookie";
import { clientIp } from "@/lib/http/client-ip";

function provider(audience: Audience) {
  return CredentialsProvider({
    id: audience,
    name: audience,
    credentials: { login: { type: "text" }, password: { type: "password" } },
    async authorize(credentials, req) {
      const result = await authenticate({ audience, login: credentials?.login, password: credentials?.password, ip: clientIp(req?.headers ?? {}) });
      // The error text reaches the browser as a code ("invalid" / "locked"); the form translates it.
      if (!result.ok) throw new Error(result.reason);
      return { id: result.user.id, role: result.user.role, name: null, email: null };
    },
  });
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: secureCookies(),
  cookies: {
    sessionToken: {
      name: sessionCookieName(),
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() },
    },
  },
  pages: { signIn: "/zh/sign-in", error: "/zh/sign-in" },
  providers: [provider("resident"), provider("staff")],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: string }).role;
        token.lastSeen = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      // A staff session idle for 30 minutes is no session at all, whatever the cookie's own expiry says.
      if (isIdleExpired(token.role, token.lastSeen, Date.now())) return { expires: session.expires } as typeof session;
      session.user = { id: String(token.uid), role: token.role as never };
      return session;
    },
  },
};
