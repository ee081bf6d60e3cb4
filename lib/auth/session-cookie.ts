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

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

/** A kiosk session ends on the terminal after 120 s idle; the server refuses it after 3 minutes whatever the screen did. */
export const TERMINAL_IDLE_SECONDS = 120;
export const TERMINAL_SERVER_IDLE_SECONDS = 180;

/** Whether the session has an idle limit at all: staff, and residents signed in at a terminal. */
export function hasIdleLimit(role: unknown, channel: unknown): boolean {
  return typeof role === "string" && (role !== "resident" || channel === "terminal");
}

export function isIdleExpired(role: unknown, lastSeen: unknown, nowMs: number, channel?: unknown): boolean {
  if (!hasIdleLimit(role, channel)) return false;
  if (typeof lastSeen !== "number") return true; // a token without activity time is not trusted
  const limitMs = role === "resident" ? TERMINAL_SERVER_IDLE_SECONDS * 1000 : STAFF_IDLE_MINUTES * 60_000;
  return nowMs - lastSeen > limitMs;
}
