// Signs a person in from a server action: opens a session row and writes the same JWT cookie next-auth writes, so
// getServerSession reads it like any other. Sign-in happens in our own form posts instead of next-auth's client
// (two fetches to NEXTAUTH_URL with a CSRF cookie): those forms work without JavaScript, and from whatever address the
// portal is reached by (127.0.0.1, a hall tablet using the machine's address), where the client's requests to
// NEXTAUTH_URL silently failed. Server actions are protected against cross-site posts by Next.js (Origin vs Host).
import "server-only";
import { cookies, headers } from "next/headers";
import { encode } from "next-auth/jwt";
import type { Role } from "@/lib/db/generated/enums";
import { authSecret } from "@/lib/env";
import { SESSION_MAX_AGE_SECONDS, requestIsHttps, secureCookies, sessionCookieName } from "@/lib/auth/session-cookie";
import { endSession, openSession } from "./user-sessions";

export async function startSession(user: { id: string; role: Role }): Promise<void> {
  const h = await headers();
  const userAgent = h.get("user-agent");
  const channel = user.role === "resident" ? "online" : "staff";
  const sid = await openSession({ userId: user.id, channel, userAgent });
  const token = await encode({
    token: { uid: user.id, role: user.role, lastSeen: Date.now(), started: Date.now(), sid },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  (await cookies()).set(sessionCookieName(), token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies() || requestIsHttps({ headers: h }),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}

/** Signs this browser out: its session row ends (so a copied cookie is worthless too) and the cookie goes. */
export async function stopSession(sid: string | null | undefined): Promise<void> {
  if (sid) await endSession(sid);
  (await cookies()).delete(sessionCookieName());
}
