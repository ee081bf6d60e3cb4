// The clerk's poll while a rating is asked (app/api/window-sessions/[id]/rating/route.ts): the signed-in clerk's
// view of one of their sessions' rating, "rated" or not, never the score (window-rating-status.ts).
import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { clerkOf } from "@/lib/window/require-window-session";
import { windowRatingStatus, type WindowRatingStatus } from "../window-rating-status";

export async function currentClerkRatingStatus(sessionId: string): Promise<WindowRatingStatus | null> {
  const user = await getCurrentUser();
  const clerk = user ? clerkOf(user) : null;
  return clerk ? windowRatingStatus(clerk, sessionId) : null;
}
