import "server-only";
import { db } from "@/lib/db/client";
import type { Prisma, Role } from "@/lib/db/generated/client";
import type { Answers } from "@/lib/form-engine/types";
import { notifyApplicant } from "@/lib/notifications/notify-applicant";
import { deliverOutboxSoon } from "@/lib/notifications/deliver-outbox";
import type { SubmissionStore } from "./submission-store";

export const prismaSubmissionStore: SubmissionStore = {
  async find(applicantId, serviceCode, id) {
    const app = await db.application.findFirst({ where: { id, applicantId, serviceCode }, select: { id: true, status: true, reference: true, answers: true, channel: true } });
    return app ? { ...app, answers: (app.answers ?? {}) as Answers } : null;
  },
  async markSubmitted(id, c) {
    return db.$transaction(async (tx) => {
      const moved = await tx.application.updateMany({
        where: { id, status: "draft" },
        data: {
          status: "submitted", reference: c.reference, submittedAt: c.submittedAt, promisedBy: c.promisedBy, legalBy: c.legalBy, acceptBy: c.acceptBy,
          pausedOn: null, version: { increment: 1 },
          pendingMaterials: c.pending.length ? (c.pending as Prisma.InputJsonValue) : undefined,
        },
      });
      if (moved.count === 0) return false;
      await tx.applicationEvent.create({
        data: { applicationId: id, type: "submitted", fromStatus: "draft", toStatus: "submitted", actorId: c.actor.id, actorRole: c.actor.role as Role, payload: { reference: c.reference, pending: c.pending, ...(c.onBehalf ? { onBehalf: c.onBehalf } : {}) } as Prisma.InputJsonValue },
      });
      // An undone and resubmitted application keeps the parts it already has (all still pending).
      await tx.applicationPart.createMany({ data: c.departments.map((departmentId) => ({ applicationId: id, departmentId })), skipDuplicates: true });
      const app = await tx.application.findUniqueOrThrow({ where: { id }, select: { applicantId: true } });
      await notifyApplicant(tx, { applicationId: id, userId: app.applicantId, type: "submitted", serviceSlug: c.serviceSlug, reference: c.reference, sms: true });
      return true;
    }).then((moved) => {
      if (moved) deliverOutboxSoon();
      return moved;
    });
  },
  async referenceOf(id) {
    return (await db.application.findUnique({ where: { id }, select: { reference: true } }))?.reference ?? null;
  },
};
