// When may a window clerk use a resident's profile? Only within a window session that is the clerk's own, that the
// resident consented to (code read back, or a signed paper form), that is not ended and not older than its
// lifetime. Pure: the one rule every window page and action goes through (require-window-session.ts).

/** A window session lasts at most two hours: a resident served in the morning is not open to the clerk all day. */
export const WINDOW_SESSION_MS = 2 * 60 * 60_000;

export type WindowSessionRow = { clerkId: string; consentedAt: Date | null; endedAt: Date | null; createdAt: Date };

/** "none": not this clerk's (answered as not found); "awaitingConsent": the clerk sees only that the person exists. */
export type WindowAccess = "none" | "awaitingConsent" | "consented" | "closed";

export function windowAccess(session: WindowSessionRow | null, clerkId: string, now: Date): WindowAccess {
  if (!session || session.clerkId !== clerkId) return "none";
  if (session.endedAt || now.getTime() - session.createdAt.getTime() >= WINDOW_SESSION_MS) return "closed";
  return session.consentedAt ? "consented" : "awaitingConsent";
}
