// Between a staff member's password and their authenticator code: a short-lived, encrypted cookie naming who passed the
// password step and where they were going. It is not a session (no session row, no role in the session cookie), so
// it opens nothing; the code page only accepts a code for the person it names, within five minutes.
import "server-only";
import { cookies, headers } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import type { Role } from "@/lib/db/generated/enums";
import { authSecret } from "@/lib/env";
import { requestIsHttps, secureCookies } from "@/lib/auth/session-cookie";

const COOKIE = "portal.second-factor";
export const PENDING_SECONDS = 5 * 60;

export type PendingSignIn = { userId: string; role: Role; next: string };

export async function holdPendingSignIn(pending: PendingSignIn): Promise<void> {
  const token = await encode({
    token: { purpose: "second-factor", pendingUid: pending.userId, pendingRole: pending.role, next: pending.next },
    secret: authSecret(),
    maxAge: PENDING_SECONDS,
  });
  (await cookies()).set(COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: secureCookies() || requestIsHttps({ headers: await headers() }),
    maxAge: PENDING_SECONDS,
  });
}

export async function readPendingSignIn(): Promise<PendingSignIn | null> {
  const raw = (await cookies()).get(COOKIE)?.value;
  if (!raw) return null;
  const token = await decode({ token: raw, secret: authSecret() }).catch(() => null);
  if (!token || token.purpose !== "second-factor" || typeof token.pendingUid !== "string") return null;
  return {
    userId: token.pendingUid,
    role: token.pendingRole as Role,
    next: typeof token.next === "string" ? token.next : "",
  };
}

export async function clearPendingSignIn(): Promise<void> {
  (await cookies()).delete(COOKIE);
}
