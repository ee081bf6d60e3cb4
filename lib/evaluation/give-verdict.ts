// Use case: the resident says whether the department's answer to their bad rating settles it: confirmed, or
// disputed (then the administrator follows it up: disputed cases are listed for them). Only the resident whose
// rating opened the case, and only once the department has answered.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { EvaluationError } from "./evaluation-error";

export type Verdict = "confirmed" | "disputed";

export async function giveVerdict(residentId: string, caseId: string, verdict: Verdict, now = new Date()) {
  const found = await db.rectificationCase.findFirst({
    where: { id: caseId, residentId },
    select: { id: true, status: true, applicationId: true },
  });
  if (!found) throw new EvaluationError("errors:rectification.notFound");
  if (found.status !== "responded") throw new EvaluationError("errors:rectification.notResponded");
  await db.$transaction(async (tx) => {
    const moved = await tx.rectificationCase.updateMany({
      where: { id: found.id, status: "responded" },
      data: { status: verdict, verdictAt: now },
    });
    if (moved.count === 0) throw new EvaluationError("errors:rectification.notResponded");
    if (found.applicationId)
      await tx.applicationEvent.create({
        data: {
          applicationId: found.applicationId,
          type: verdict === "confirmed" ? "rectification_confirmed" : "rectification_disputed",
          actorId: residentId,
          actorRole: "resident",
          at: now,
        },
      });
    await recordAudit(
      {
        action: "rectification.verdict",
        payload: { caseId: found.id, verdict },
        actor: { id: residentId, role: "resident" },
        subject: { type: "RectificationCase", id: found.id },
      },
      tx,
    );
  });
}
