// Storage of one-time codes: issue one (the previous code of the same purpose stops working), redeem one (each try
// counts, whether right or wrong). The rule itself is the pure one-time-code.ts.
import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import {
  checkCode,
  CODE_MAX_ATTEMPTS,
  CODE_TTL_MS,
  hashCode,
  mayResend,
  newCode,
  type CodeCheck,
} from "./one-time-code";
import { authSecret } from "@/lib/env";
import { clearLimit, hitLimit } from "./rate-limit";
import type { Limit } from "./rate-limit-window";

// No built-in fallback: a code hashed with a secret everyone can read would be guessable offline.
const secret = authSecret;

export type Issued = { ok: true; code: string } | { ok: false; reason: "wait" };

/** One code a minute per (subject, purpose), as a counter that one atomic statement claims. */
const CODE_SLOT: Limit = { name: "code:slot", max: 1, windowMs: 60_000 };
const slotOf = (subject: string, purpose: string) => `${subject}\n${purpose}`;

/**
 * Claims the right to make a code for (subject, purpose) now; call it before the transaction that issues the code.
 * issueCode's own once-a-minute check reads the newest code, so requests arriving together would all read "none"
 * and each send an SMS; this claim is one atomic statement, so exactly one of them gets through. A code typed
 * correctly gives the claim back (redeemCode), so signing in again right after registering is not held up.
 */
export async function claimCodeSlot(subject: string, purpose: string, now = new Date()): Promise<boolean> {
  return (await hitLimit(CODE_SLOT, slotOf(subject, purpose), now)).allowed;
}

/**
 * Makes a new code for (subject, purpose), inside the caller's transaction so the SMS carrying it commits with it.
 * The subject is a user id, or `phoneSubject(mobile)` for a number not yet (or not yet safely) tied to an account.
 */
export async function issueCode(
  tx: Prisma.TransactionClient,
  subject: string,
  purpose: string,
  now = new Date(),
): Promise<Issued> {
  // One a minute, counted from the newest code still open: a code that was typed correctly does not hold up the next
  // (signing in again right after registering), while unused codes cannot be asked for faster.
  const last = await tx.oneTimeCode.findFirst({
    where: { subject, purpose, usedAt: null },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  if (!mayResend(last?.createdAt ?? null, now)) return { ok: false, reason: "wait" };
  await tx.oneTimeCode.updateMany({ where: { subject, purpose, usedAt: null }, data: { usedAt: now } });
  const code = newCode();
  const row = await tx.oneTimeCode.create({
    data: { subject, purpose, codeHash: "", expiresAt: new Date(now.getTime() + CODE_TTL_MS), createdAt: now },
  });
  await tx.oneTimeCode.update({ where: { id: row.id }, data: { codeHash: hashCode(secret(), row.id, code) } });
  return { ok: true, code };
}

/** The subject of a code that proves a phone number. */
export const phoneSubject = (mobile: string) => `tel:${mobile}`;

/**
 * Checks a typed code against the newest code of (subject, purpose); a correct code is used up. Each try is claimed
 * atomically before the comparison (an UPDATE that only succeeds while fewer than five tries were made), so guesses
 * sent in parallel cannot get more than five comparisons between them.
 */
export async function redeemCode(
  subject: string,
  purpose: string,
  typed: string,
  now = new Date(),
): Promise<CodeCheck> {
  const stored = await db.oneTimeCode.findFirst({ where: { subject, purpose }, orderBy: { createdAt: "desc" } });
  const result = checkCode(stored, typed, secret(), now);
  if (!stored || (result !== "ok" && result !== "wrong")) return result;
  // Postgres re-checks the condition against the row as the previous writer left it, so the fifth claim is the last.
  const claimed = await db.oneTimeCode.updateMany({
    where: { id: stored.id, usedAt: null, expiresAt: { gt: now }, attempts: { lt: CODE_MAX_ATTEMPTS } },
    data: { attempts: { increment: 1 } },
  });
  if (claimed.count === 0) {
    const after = await db.oneTimeCode.findUnique({ where: { id: stored.id }, select: { usedAt: true } });
    return after?.usedAt ? "used" : "tooManyAttempts";
  }
  if (result === "wrong") return "wrong";
  // Compare-and-set: two tabs typing the same code cannot both use it.
  const used = await db.oneTimeCode.updateMany({ where: { id: stored.id, usedAt: null }, data: { usedAt: now } });
  if (used.count !== 1) return "used";
  await clearLimit(CODE_SLOT, slotOf(subject, purpose));
  return "ok";
}
