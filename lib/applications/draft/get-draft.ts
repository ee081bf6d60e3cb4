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

/** The applicant's application of this item submitted in the last `minutes` (the newest), if any. Scoped to its
 * owner; any status after the draft counts (it may have been accepted already). */
export async function justSubmitted(applicantId: string, serviceCode: string, minutes = 30): Promise<string | null> {
  const found = await db.application.findFirst({
    where: {
      applicantId,
      serviceCode,
      status: { not: "draft" },
      submittedAt: { gte: new Date(Date.now() - minutes * 60_000) },
    },
    orderBy: { submittedAt: "desc" },
    select: { id: true },
  });
  return found?.id ?? null;
}
