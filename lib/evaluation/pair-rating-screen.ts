// Use case: a clerk pairs the rating screen facing their window by typing the code it shows (see
// screen/rating-screen-rules.ts for why this direction). The code must be current and the screen unpaired; a clerk
// has one screen, so pairing a new one frees the old (which goes back to showing a code). Guessing is slowed per
// clerk (the codes are short-lived and only signed-in clerks may try). Audited as evaluation.screen_paired.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { hitLimit } from "@/lib/security/rate-limit";
import type { Clerk } from "@/lib/window/window-sessions";
import { normalizePairCode } from "./screen/rating-screen-rules";

export const PAIR_TRIES = { name: "rating-screen:pair", max: 10, windowMs: 10 * 60_000 };

export type PairResult = { ok: true } | { ok: false; reason: "malformed" | "wrong" | "tooMany" };

export async function pairRatingScreen(
  clerk: Clerk,
  rawCode: string,
  ip?: string | null,
  now = new Date(),
): Promise<PairResult> {
  const code = normalizePairCode(rawCode);
  if (!code) return { ok: false, reason: "malformed" };
  if (!(await hitLimit(PAIR_TRIES, clerk.id, now)).allowed) return { ok: false, reason: "tooMany" };
  return db.$transaction(async (tx) => {
    const screen = await tx.ratingScreen.findFirst({
      where: { pairCode: code, pairCodeUntil: { gt: now }, clerkId: null },
      select: { id: true },
    });
    if (!screen) return { ok: false, reason: "wrong" } as const;
    await tx.ratingScreen.updateMany({
      where: { clerkId: clerk.id },
      data: { clerkId: null, windowNo: null, pairedAt: null, askedSessionId: null, askedAt: null },
    });
    // Compare-and-set: two clerks typing the same code at once, one wins.
    const won = await tx.ratingScreen.updateMany({
      where: { id: screen.id, clerkId: null, pairCode: code },
      data: {
        clerkId: clerk.id,
        windowNo: clerk.windowNo,
        pairedAt: now,
        pairCode: null,
        pairCodeUntil: null,
        askedSessionId: null,
        askedAt: null,
        ratedAt: null,
      },
    });
    if (!won.count) return { ok: false, reason: "wrong" } as const;
    await recordAudit(
      {
        action: "evaluation.screen_paired",
        payload: { windowNo: clerk.windowNo },
        actor: clerk,
        subject: { type: "RatingScreen", id: screen.id },
        ip,
      },
      tx,
    );
    return { ok: true } as const;
  });
}
