// Use case: what the clerk may know about the rating of a window session they serve: whether a screen is paired
// with them, whether they asked, and whether the resident rated. Never the score: the rating is the resident's
// (GB/T 39735), and a clerk who sees it may press the next resident for a better one. Null for a session that is not
// the clerk's.
import "server-only";
import { db } from "@/lib/db/client";
import type { Clerk } from "@/lib/window/window-sessions";
import { askLive, pairingLive } from "./screen/rating-screen-rules";

export type WindowRatingStatus = { screen: boolean; asked: boolean; rated: boolean };

export async function windowRatingStatus(
  clerk: Clerk,
  windowSessionId: string,
  now = new Date(),
): Promise<WindowRatingStatus | null> {
  const [screen, session, evaluation] = await Promise.all([
    db.ratingScreen.findUnique({ where: { clerkId: clerk.id } }),
    db.windowSession.findUnique({ where: { id: windowSessionId }, select: { clerkId: true } }),
    db.evaluation.findUnique({ where: { windowSessionId }, select: { id: true } }),
  ]);
  // Another clerk's session (or none): nothing, not even whether it was rated.
  if (!session || session.clerkId !== clerk.id) return null;
  const paired = !!screen && pairingLive(screen, now);
  return {
    screen: paired,
    asked: paired && askLive(screen!, now) && screen!.askedSessionId === windowSessionId,
    rated: !!evaluation,
  };
}

/** The clerk's workspace: is a rating screen paired with me, and at which window? */
export async function myRatingScreen(clerk: Clerk, now = new Date()): Promise<{ windowNo: string } | null> {
  const screen = await db.ratingScreen.findUnique({ where: { clerkId: clerk.id } });
  return screen && pairingLive(screen, now) ? { windowNo: screen.windowNo ?? clerk.windowNo } : null;
}
