import "server-only";
import { db } from "@/lib/db/client";
import { openAnswers } from "@/lib/applications/sealed-answers";

/** The person's open draft for an item, with its answers; null when there is none. Scoped to its owner. */
export async function getDraft(applicantId: string, serviceCode: string) {
  const draft = await db.application.findFirst({
    where: { applicantId, serviceCode, status: "draft" },
    select: { id: true, answers: true, lastStepId: true, channel: true, updatedAt: true },
  });
  return draft ? { ...draft, answers: openAnswers(draft.answers) } : null;
}
