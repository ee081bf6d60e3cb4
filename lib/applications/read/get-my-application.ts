import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { openAnswers } from "@/lib/applications/sealed-answers";

/** One application, only if it belongs to the person asking (anyone else gets "not found", never "forbidden"). */
export async function getMyApplication(applicantId: string, id: string) {
  const app = await db.application.findFirst({
    where: { id, applicantId },
    select: {
      id: true,
      reference: true,
      serviceSlug: true,
      status: true,
      answers: true,
      submittedAt: true,
      promisedBy: true,
      legalBy: true,
      pendingMaterials: true,
      channel: true,
      bundleId: true,
      uploads: { select: { id: true, fieldName: true, originalName: true } },
    },
  });
  if (!app) {
    // Someone asking for an application that exists but is not theirs is recorded (they only see "not found").
    const exists = await db.application.findUnique({ where: { id }, select: { id: true } });
    if (exists)
      await recordAudit({
        action: "access.denied",
        payload: { what: "application" },
        actor: { id: applicantId, role: "resident" },
        subject: { type: "application", id },
      });
  }
  return app
    ? {
        ...app,
        answers: openAnswers(app.answers),
        pendingMaterials: (app.pendingMaterials ?? []) as { material: string; dueBy: string }[],
      }
    : null;
}
