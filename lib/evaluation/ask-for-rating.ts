// Use case: the clerk, done serving a resident in a window session, asks for a rating: the screen paired with this
// clerk shows the form for that session. Only the clerk's own consented, open session (the resident was really
// served here), only with a screen paired to this clerk, and not once the visit is rated. Audited as
// evaluation.screen_asked, for the resident.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { windowAccess } from "@/lib/window/window-session-rule";
import type { Clerk } from "@/lib/window/window-sessions";
import { PAIRING_MS } from "./screen/rating-screen-rules";

export type AskResult = { ok: true } | { ok: false; reason: "closed" | "noScreen" | "rated" };

export async function askForRating(
  clerk: Clerk,
  windowSessionId: string,
  ip?: string | null,
  now = new Date(),
): Promise<AskResult> {
  const session = await db.windowSession.findUnique({ where: { id: windowSessionId } });
  if (!session || windowAccess(session, clerk.id, now) !== "consented") return { ok: false, reason: "closed" };
  if (await db.evaluation.findUnique({ where: { windowSessionId }, select: { id: true } }))
    return { ok: false, reason: "rated" };
  return db.$transaction(async (tx) => {
    const asked = await tx.ratingScreen.updateMany({
      where: { clerkId: clerk.id, pairedAt: { gt: new Date(now.getTime() - PAIRING_MS) } },
      data: { askedSessionId: windowSessionId, askedAt: now, ratedAt: null },
    });
    if (!asked.count) return { ok: false, reason: "noScreen" } as const;
    await recordAudit(
      {
        action: "evaluation.screen_asked",
        payload: { windowNo: session.windowNo, windowSessionId },
        actor: clerk,
        subject: { type: "WindowSession", id: windowSessionId },
        onBehalfOf: session.residentId,
        ip,
      },
      tx,
    );
    return { ok: true } as const;
  });
}
