import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma, Role } from "@/lib/db/generated/client";
import { notifyApplicant } from "@/lib/notifications/notify-applicant";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import type { SubmissionStore, SubmitChanges } from "./submission-store";
import { recordAudit } from "@/lib/audit/record-audit";
import { consentsMissing } from "@/lib/profile/consents";
import { writeTransition } from "../transition/write-transition";
import { openAnswers } from "@/lib/applications/sealed-answers";
import { faultPoint } from "@/lib/resilience/fault-point";

/** Upload ids are cuids; anything else cannot be one (and is not sent to the database). */
const isCuid = (id: string) => /^c[a-z0-9]{20,32}$/.test(id);

export const prismaSubmissionStore: SubmissionStore = {
  async find(applicantId, serviceCode, id) {
    const app = await db.application.findFirst({
      where: { id, applicantId, serviceCode },
      select: { id: true, status: true, version: true, reference: true, answers: true, channel: true },
    });
    return app ? { ...app, answers: openAnswers(app.answers) } : null;
  },
  async markSubmitted(id, c) {
    // The crash-safety tests kill the server at these three points (lib/resilience/fault-point.ts; no-ops otherwise).
    faultPoint("submit.before-transaction");
    return db
      .$transaction(async (tx) => {
        const moved = await submitInTransaction(tx, id, c);
        if (moved) faultPoint("submit.inside-transaction");
        return moved;
      })
      .then((moved) => {
        if (moved) faultPoint("submit.after-commit");
        if (moved) deliverOutboxSoon();
        return moved;
      });
  },
  async missingConsents(applicantId, service) {
    return consentsMissing(applicantId, service);
  },
  async assuranceOf(applicantId) {
    const user = await db.user.findUnique({ where: { id: applicantId }, select: { assurance: true } });
    return user?.assurance ?? "phone";
  },
  async foreignUploads(applicationId, applicantId, uploadIds) {
    const own = await db.upload.findMany({
      where: { id: { in: uploadIds.filter(isCuid) }, applicationId, ownerId: applicantId },
      // One row per id asked for at most (ids are unique).
      take: uploadIds.length,
      select: { id: true },
    });
    const ownIds = new Set(own.map((u) => u.id));
    return uploadIds.filter((u) => !ownIds.has(u));
  },
};

/** The "submit" move with what belongs to it (the clerk's audit row, the applicant's notification), in the caller's
 * transaction: one application's submission, or each member's in a bundle's (submit-bundle.ts). */
export async function submitInTransaction(
  tx: Prisma.TransactionClient,
  id: string,
  c: SubmitChanges,
  notice: { sms: boolean } = { sms: true },
): Promise<boolean> {
  const app = await tx.application.findUniqueOrThrow({ where: { id }, select: { applicantId: true } });
  const moved = await writeTransition(tx, {
    applicationId: id,
    from: { status: "draft", version: c.version },
    event: "submit",
    to: "submitted",
    actor: { id: c.actor.id, role: c.actor.role as Role },
    at: c.submittedAt,
    payload: { reference: c.reference, pending: c.pending, ...(c.onBehalf ? { onBehalf: c.onBehalf } : {}) },
    data: {
      reference: c.reference,
      submittedAt: c.submittedAt,
      applicantName: c.applicantName,
      applicantIdTail: c.applicantIdTail,
      promisedBy: c.promisedBy,
      legalBy: c.legalBy,
      acceptBy: c.acceptBy,
      pausedOn: null,
      pendingMaterials: c.pending.length ? (c.pending as Prisma.InputJsonValue) : undefined,
    },
    createParts: c.departments,
  });
  if (!moved) return false;
  if (c.audit) {
    await recordAudit(
      {
        action: "application.submitted_on_behalf",
        payload: { windowNo: c.audit.windowNo, applicationId: id, reference: c.reference },
        actor: { id: c.audit.clerk.id, role: c.audit.clerk.role as Role },
        subject: { type: "application", id },
        onBehalfOf: c.audit.residentId,
      },
      tx,
    );
  }
  await notifyApplicant(tx, {
    applicationId: id,
    userId: app.applicantId,
    type: "submitted",
    serviceSlug: c.serviceSlug,
    reference: c.reference,
    sms: notice.sms,
  });
  return true;
}
