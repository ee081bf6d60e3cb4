// One-time codes sent by SMS (window consent, terminal sign-in). Pure: making a code, its keyed hash, and the rule
// that decides whether a typed code opens the door. The database side is in one-time-codes.ts.
import crypto from "node:crypto";

/** A code is good for 5 minutes and 5 tries; a new one may be sent after a minute. */
export const CODE_TTL_MS = 5 * 60_000;
export const CODE_MAX_ATTEMPTS = 5;
export const CODE_RESEND_MS = 60_000;

export function newCode(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, "0");
}

/** Keyed with the server secret and the row id, so a leaked table cannot be brute-forced offline in a second. */
export function hashCode(secret: string, rowId: string, code: string): string {
  return crypto.createHmac("sha256", secret).update(`${rowId}:${code}`).digest("hex");
}

export type StoredCode = { id: string; codeHash: string; attempts: number; expiresAt: Date; usedAt: Date | null };
export type CodeCheck = "ok" | "wrong" | "expired" | "used" | "tooManyAttempts" | "malformed";

export function checkCode(stored: StoredCode | null, typed: string, secret: string, now: Date): CodeCheck {
  const code = typed.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(code)) return "malformed";
  if (!stored) return "expired";
  if (stored.usedAt) return "used";
  if (stored.expiresAt.getTime() <= now.getTime()) return "expired";
  if (stored.attempts >= CODE_MAX_ATTEMPTS) return "tooManyAttempts";
  const a = Buffer.from(hashCode(secret, stored.id, code), "hex");
  const b = Buffer.from(stored.codeHash, "hex");
  return a.length === b.length && crypto.timingSafeEqual(a, b) ? "ok" : "wrong";
}

/** Whether another code may be sent now (one a minute, so a phone is not flooded). */
export function mayResend(lastSentAt: Date | null, now: Date): boolean {
  return !lastSentAt || now.getTime() - lastSentAt.getTime() >= CODE_RESEND_MS;
}
