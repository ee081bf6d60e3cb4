// Use case: the responsible department answers a rectification case (整改答复). Only a reviewer of that department
// may; only an open case (a withdrawn, answered or settled one cannot be answered again). The response goes to the
// resident's timeline and inbox, and by SMS (a bad rating deserves to hear back), all in one transaction with the
// audit row. The response time in working days is kept for the dashboard.
import "server-only";
import { db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { shanghaiDateOf } from "@/lib/calendar/shanghai-date";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { notifyApplicant } from "@/lib/notifications/notify-applicant";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import { EvaluationError } from "./evaluation-error";

export const RESPONSE_MIN = 10;
export const RESPONSE_MAX = 1000;

export async function respondToCase(
  staff: { id: string; role: "reviewer"; departmentId: string },
  caseId: string,
  responseText: string,
  now = new Date(),
): Promise<void> {
  const response = responseText.trim();
  if (response.length < RESPONSE_MIN || response.length > RESPONSE_MAX)
    throw new EvaluationError("errors:rectification.responseMissing");
  const found = await db.rectificationCase.findFirst({
    where: { id: caseId, departmentId: staff.departmentId },
    select: { id: true, status: true, openedOn: true, residentId: true, applicationId: true },
  });
  if (!found) throw new EvaluationError("errors:rectification.notFound");
  if (found.status !== "open") throw new EvaluationError("errors:rectification.notOpen");

  const queued = await db.$transaction(async (tx) => {
    // Compare-and-set: of two reviewers answering at once, one wins; the other is told it is no longer open.
    const moved = await tx.rectificationCase.updateMany({
      where: { id: found.id, status: "open" },
      data: {
        status: "responded",
        response,
        respondedAt: now,
        respondedById: staff.id,
        responseWorkingDays: workingDaysBetween(found.openedOn, shanghaiDateOf(now)),
      },
    });
    if (moved.count === 0) throw new EvaluationError("errors:rectification.notOpen");
    let sms = false;
    if (found.applicationId) {
      const app = await tx.application.findUniqueOrThrow({
        where: { id: found.applicationId },
        select: { serviceSlug: true, reference: true },
      });
      await tx.applicationEvent.create({
        data: {
          applicationId: found.applicationId,
          type: "rectification_responded",
          actorId: staff.id,
          actorRole: "reviewer",
          departmentId: staff.departmentId,
          at: now,
          payload: { note: response },
        },
      });
      await notifyApplicant(tx, {
        applicationId: found.applicationId,
        userId: found.residentId,
        type: "rectification_responded",
        serviceSlug: app.serviceSlug,
        reference: app.reference,
        sms: true,
      });
      sms = true;
    }
    await recordAudit(
      {
        action: "rectification.responded",
        payload: { caseId: found.id },
        actor: { id: staff.id, role: "reviewer" },
        subject: { type: "RectificationCase", id: found.id },
        onBehalfOf: found.residentId,
      },
      tx,
    );
    return sms;
  });
  if (queued) deliverOutboxSoon();
}
