// The rating screen's device token, pairing code and lifetimes, shared by its use cases (pair-rating-screen.ts,
// show-rating-screen.ts, ask-for-rating.ts, rate-window-visit.ts).
//
// Why the screen shows the code and the clerk types it (and not the reverse): the screen is a public, signed-out
// device, the clerk is signed in. The binding is then made by the one party we know, who sees the tablet in front
// of them: a code read off someone else's device could at worst pair that device with this clerk's window, in
// front of the clerk, who notices at once. The reverse (the clerk's workspace shows a code, the tablet types it)
// would let anyone in the hall who glimpses the clerk's monitor enrol their own phone as that window's screen
// unseen. It is also the quicker one at a window: the clerk has a keyboard and is already typing, the tablet
// usually has none, and the clerk's workspace pairs it in one field and Enter.
import { createHash, randomBytes, randomInt } from "node:crypto";

/** The tablet's httpOnly cookie: a random device token (the database keeps only its SHA-256). */
export const RATING_SCREEN_COOKIE = "portal-rating-screen";
export const RATING_SCREEN_COOKIE_SECONDS = 365 * 24 * 3600;

/** A pairing code is good for five minutes; the screen shows a new one after that. */
export const PAIR_CODE_MS = 5 * 60_000;
/** A pairing lasts a working day at most: the next morning the screen asks to be paired again. */
export const PAIRING_MS = 12 * 3600_000;
/** The form stays on the screen for ten minutes after the clerk asked; then the ask lapses. */
export const ASK_MS = 10 * 60_000;
/** "Thank you" stays on the screen this long after a rating. */
export const THANKS_MS = 15_000;

export const newScreenToken = () => randomBytes(32).toString("base64url");
export const hashScreenToken = (token: string) => createHash("sha256").update(token).digest("hex");
export const newPairCode = () => String(randomInt(0, 1_000_000)).padStart(6, "0");

/** A code as a clerk may type it: digits only, spaces and full-width digits allowed. */
export function normalizePairCode(raw: string): string | null {
  const digits = raw.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

export function pairingLive(s: { clerkId: string | null; pairedAt: Date | null }, now: Date): boolean {
  return !!s.clerkId && !!s.pairedAt && now.getTime() - s.pairedAt.getTime() < PAIRING_MS;
}

export function askLive(s: { askedSessionId: string | null; askedAt: Date | null }, now: Date): boolean {
  return !!s.askedSessionId && !!s.askedAt && now.getTime() - s.askedAt.getTime() < ASK_MS;
}
