// Use case: has the resident already rated this application at the terminal? The receipt at the kiosk offers the
// form until they have, then thanks them (their own rating, so they may see it). The applicant's own only.
import "server-only";
import { db } from "@/lib/db/client";

export async function readTerminalRating(residentId: string, applicationId: string): Promise<{ score: number } | null> {
  return db.evaluation.findFirst({
    where: { applicationId, channel: "terminal", residentId },
    select: { score: true },
  });
}
