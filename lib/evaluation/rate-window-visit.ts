// Use case: the resident rates a window visit on the rating screen facing them. The screen (known by its device
// token) must be paired with the clerk who served the visit, and that clerk must have asked for this very session
// a moment ago: nobody can rate a visit they were not served in, and a screen cannot rate another clerk's. The ask
// is consumed by the rating (one rating per window session; the clerk cannot ask again once rated). The department
// rated is the clerk's. Written by record-evaluation.ts (channel "window"), with no signed-in actor.
import "server-only";
import { db } from "@/lib/db/client";
import { evaluationSettings } from "./evaluation-settings";
import { ratingInput } from "./rating-input";
import { recordEvaluation } from "./record-evaluation";
import { askLive, hashScreenToken, pairingLive } from "./screen/rating-screen-rules";

export type RateVisitResult =
  { ok: true; caseOpened: boolean } | { ok: false; reason: "invalid" | "notAsked" | "rated" };

export async function rateWindowVisit(
  screenToken: string | null | undefined,
  windowSessionId: string,
  input: unknown,
  now = new Date(),
): Promise<RateVisitResult> {
  const parsed = ratingInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  if (!screenToken || screenToken.length > 100) return { ok: false, reason: "notAsked" };
  const screen = await db.ratingScreen.findUnique({ where: { tokenHash: hashScreenToken(screenToken) } });
  if (!screen || !pairingLive(screen, now) || !askLive(screen, now) || screen.askedSessionId !== windowSessionId)
    return { ok: false, reason: "notAsked" };
  const session = await db.windowSession.findUnique({ where: { id: windowSessionId } });
  if (!session || session.clerkId !== screen.clerkId || !session.consentedAt) return { ok: false, reason: "notAsked" };
  const clerk = await db.user.findUnique({ where: { id: session.clerkId }, select: { departmentId: true } });
  if (!clerk?.departmentId) return { ok: false, reason: "notAsked" };

  return db.$transaction(async (tx) => {
    // The ask is used up by this rating: a second post of the form (or a second tab) finds it gone.
    const taken = await tx.ratingScreen.updateMany({
      where: { id: screen.id, clerkId: session.clerkId, askedSessionId: windowSessionId },
      data: { askedSessionId: null, askedAt: null, ratedAt: now },
    });
    if (!taken.count) return { ok: false, reason: "notAsked" } as const;
    if (await tx.evaluation.findUnique({ where: { windowSessionId }, select: { id: true } }))
      return { ok: false, reason: "rated" } as const;
    const r = await recordEvaluation(tx, {
      residentId: session.residentId,
      channel: "window",
      target: { kind: "window-visit", windowSessionId, departmentId: clerk.departmentId!, clerkId: session.clerkId },
      rating: parsed.data,
      actor: null,
      settings: evaluationSettings(),
      now,
    });
    return { ok: true, caseOpened: r.caseOpened } as const;
  });
}
