// One definition of the session cookie, shared by next-auth and the proxy that refreshes staff idle time.
export const STAFF_IDLE_MINUTES = 30;
/** How often the proxy rewrites the cookie to record activity (not on every request). */
export const ACTIVITY_REFRESH_SECONDS = 60;
/** Absolute lifetime of any session. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookieName(): string {
  return `${secureCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

export function isIdleExpired(role: unknown, lastSeen: unknown, nowMs: number): boolean {
  if (role === "resident" || typeof role !== "string") return false;
  if (typeof lastSeen !== "number") return true; // a staff token without activity time is not trusted
  return nowMs - lastSeen > STAFF_IDLE_MINUTES * 60_000;
}
