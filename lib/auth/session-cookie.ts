// One definition of the session cookie, shared by next-auth and the proxy that refreshes staff idle time.
import { env } from "@/lib/env";
export const STAFF_IDLE_MINUTES = 30;
/** How often the proxy rewrites the cookie to record activity (not on every request). */
export const ACTIVITY_REFRESH_SECONDS = 60;
/** Absolute lifetime of any session. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export function secureCookies(): boolean {
  return (env().NEXTAUTH_URL ?? "").startsWith("https://");
}

/** Whether this request reached the portal over https: directly, or through the TLS-terminating proxy (which says
 * so in X-Forwarded-Proto). A client lying "https" only makes its own cookie Secure, which harms no one else. */
export function requestIsHttps(request: { headers: Headers; nextUrl?: { protocol: string }; url?: string }): boolean {
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (proto) return proto === "https";
  const url = request.nextUrl?.protocol ?? (request.url ? new URL(request.url).protocol : "");
  return url === "https:";
}

/** Seconds left of a session's absolute lifetime, counted from sign-in (`started`, ms in the token). A token without
 * a start time (issued before the limit existed) has none left: signing in again costs less than an unbounded token. */
export function remainingSeconds(started: unknown, nowMs: number): number {
  if (typeof started !== "number") return 0;
  return Math.floor((started + SESSION_MAX_AGE_SECONDS * 1000 - nowMs) / 1000);
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

/** A kiosk session ends on the terminal after 120 s idle; the server refuses it after 3 minutes whatever the screen did. */
export const TERMINAL_IDLE_SECONDS = 120;
export const TERMINAL_SERVER_IDLE_SECONDS = 180;

/** A resident's online session ends after 30 minutes idle too (a shared or lost phone, a hall tablet): before it
 * does, the page warns and offers one click to stay (WCAG 2.2.1), and a step being typed is kept. */
export const RESIDENT_IDLE_MINUTES = 30;

/** Every session has an idle limit; how long depends on who and where. */
export function hasIdleLimit(role: unknown): boolean {
  return typeof role === "string";
}

export function idleLimitMs(role: unknown, channel?: unknown): number {
  if (role !== "resident") return STAFF_IDLE_MINUTES * 60_000;
  return channel === "terminal" ? TERMINAL_SERVER_IDLE_SECONDS * 1000 : RESIDENT_IDLE_MINUTES * 60_000;
}

export function isIdleExpired(role: unknown, lastSeen: unknown, nowMs: number, channel?: unknown): boolean {
  if (!hasIdleLimit(role)) return false;
  if (typeof lastSeen !== "number") return true; // a token without activity time is not trusted
  return nowMs - lastSeen > idleLimitMs(role, channel);
}
