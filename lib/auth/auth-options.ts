// next-auth v4 configuration: Credentials providers (resident / staff / hall terminal), JWT sessions.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";
import { authenticateAtTerminal } from "./authenticate-terminal";
import { verifyStaffCode } from "./second-factor/verify-staff-code";
import type { Audience } from "./audiences";
import { isIdleExpired, SESSION_MAX_AGE_SECONDS, sessionCookieName, secureCookies } from "./session-cookie";
import { clientIp } from "@/lib/http/client-ip";
import { deviceKeyInCookieHeader } from "@/lib/terminal/terminal-device";
import { channelOf, endSession, openSession } from "./sessions/user-sessions";
import { env } from "@/lib/env";

type SignedIn = { id: string; role?: string; channel?: string; userAgent?: string | null };

function headerOf(headers: Record<string, unknown> | undefined, name: string): string | null {
  const v = headers?.[name];
  return typeof v === "string" ? v : null;
}

// The portal's own forms sign in through server actions (lib/auth/sessions/start-session.ts); these providers remain
// for the hall kiosk's sign-in and the browser tests' session helper. Both paths open a UserSession row.
function provider(audience: Audience) {
  return CredentialsProvider({
    id: audience,
    name: audience,
    credentials: { login: { type: "text" }, password: { type: "password" }, otp: { type: "text" } },
    async authorize(credentials, req) {
      const ip = clientIp(req?.headers ?? {});
      const result = await authenticate({ audience, login: credentials?.login, password: credentials?.password, ip });
      // The error text reaches the browser as a code ("invalid", also for a locked sign-in); the form translates it.
      if (!result.ok) throw new Error(result.reason);
      // Staff need their authenticator code here too: this endpoint is no way around the second factor.
      if (result.user.role !== "resident") {
        const second = await verifyStaffCode({ user: result.user, code: credentials?.otp, ip });
        if (!second.ok) throw new Error("invalid");
      }
      const userAgent = headerOf(req?.headers, "user-agent");
      return { id: result.user.id, role: result.user.role, userAgent, name: null, email: null };
    },
  });
}

// The hall kiosk: ID number plus a one-time code sent to the phone on record; never a password typed in public.
const terminalProvider = CredentialsProvider({
  id: "terminal",
  name: "terminal",
  credentials: { idNumber: { type: "text" }, code: { type: "text" } },
  async authorize(credentials, req) {
    const result = await authenticateAtTerminal({
      idNumber: credentials?.idNumber,
      code: credentials?.code,
      ip: clientIp(req?.headers ?? {}),
      // Registered kiosks only: any browser can post to this provider, so the kiosk's device cookie decides.
      deviceKey: deviceKeyInCookieHeader(headerOf(req?.headers, "cookie")),
    });
    if (!result.ok) throw new Error(result.reason);
    const userAgent = headerOf(req?.headers, "user-agent");
    return { id: result.userId, role: "resident", channel: "terminal", userAgent, name: null, email: null };
  },
});

export const authOptions: NextAuthOptions = {
  secret: env().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: secureCookies(),
  cookies: {
    sessionToken: {
      name: sessionCookieName(),
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: secureCookies() },
    },
  },
  pages: { signIn: "/zh/sign-in", error: "/zh/sign-in" },
  providers: [provider("resident"), provider("staff"), terminalProvider],
  events: {
    // next-auth's own sign-out (the kiosk's "end" button) only deletes the cookie; ending the row makes a copy of
    // that cookie worthless too, like the portal's own sign-out does.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(token.sid);
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as SignedIn;
        token.uid = u.id;
        token.role = u.role;
        token.lastSeen = Date.now();
        token.started = Date.now();
        if (u.channel === "terminal") token.channel = "terminal";
        token.sid = await openSession({
          userId: u.id,
          channel: channelOf(u.role ?? "", u.channel === "terminal"),
          userAgent: u.userAgent,
        });
      }
      return token;
    },
    session({ session, token }) {
      // A session idle past its limit (30 minutes; a kiosk's 3) is no session at all, whatever the cookie's expiry says.
      if (isIdleExpired(token.role, token.lastSeen, Date.now(), token.channel))
        return { expires: session.expires } as typeof session;
      session.user = {
        id: String(token.uid),
        role: token.role as never,
        channel: token.channel === "terminal" ? "terminal" : "online",
        sid: token.sid,
      };
      return session;
    },
  },
};

/** The options for one request to next-auth's own routes: cookies are Secure whenever that request came over https
 * (behind the TLS proxy too), not only when NEXTAUTH_URL says https. */
export function authOptionsFor(https: boolean): NextAuthOptions {
  const secure = secureCookies() || https;
  return {
    ...authOptions,
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: sessionCookieName(),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
  };
}
