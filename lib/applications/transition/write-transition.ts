// The one writer of an application's status. Submission (submit-application), every staff and resident event
// (transition-application) and the demo seed (prisma/seed-applications.ts) move an application only through here:
// a compare-and-set on (status, version), the department parts the event creates or decides, and the timeline row,
// all in the caller's transaction. What else belongs to the same change (the audit row, the applicant's
// notification) the caller writes in that transaction too; this module knows no session and sends nothing.
// No "server-only" import: it takes the transaction it writes in, so the seed (a plain Node script) can use it.
import type { Prisma, Role } from "../../db/generated/client";
import { storedEventType, type EventType, type PartState, type Status } from "./status-machine";
import { shanghaiDateOf } from "../../calendar/shanghai-date";
import { workingDaysBetween } from "../../calendar/working-days";

/** The statuses that are a decision on the application (the dashboard's "decided"; rating opens after them). */
export const DECISION_STATUSES: readonly Status[] = ["approved", "refused", "not_accepted"];

export type Move = {
  applicationId: string;
  /** The status and version the decision was made on: the write happens only if both are unchanged. */
  from: { status: Status; version: number };
  event: EventType;
  to: Status;
  actor: { id: string; role: Role; departmentId?: string | null };
  at: Date;
  /** The timeline row's payload (the event's input, the reference, who entered it at which window). */
  payload: Record<string, unknown>;
  /** Other columns the event changes (deadlines, reference, the applicant's name at submission, …). */
  data?: Prisma.ApplicationUpdateManyMutationInput;
  /** Sign-off parts the event creates (at submission: the lead department and every co-department). */
  createParts?: string[];
  /** The part this department decides; it must still be pending. */
  decidePart?: { departmentId: string; status: PartState };
};

/** A department part was decided by someone else after the application was read: the caller's transaction must
 * roll back (the status was already written). */
export class StaleMove extends Error {
  constructor() {
    super("the application moved on while it was being changed");
  }
}

/** Applies one decided move. False when the application moved on since it was read and nothing was written. */
export async function writeTransition(tx: Prisma.TransactionClient, move: Move): Promise<boolean> {
  const decides = DECISION_STATUSES.includes(move.to) && !DECISION_STATUSES.includes(move.from.status);
  const decidedOn = shanghaiDateOf(move.at);
  const moved = await tx.application.updateMany({
    where: { id: move.applicationId, status: move.from.status, version: move.from.version },
    data: {
      ...move.data,
      status: move.to,
      version: { increment: 1 },
      ...(decides ? { decidedAt: move.at, decidedOn } : {}),
      ...(move.to === "supplement_requested" ? { supplementRequests: { increment: 1 } } : {}),
    },
  });
  if (moved.count === 0) return false;
  if (decides) {
    // The processing time in working days, for the dashboard (the calendar lives in code, not in SQL).
    const app = await tx.application.findUniqueOrThrow({
      where: { id: move.applicationId },
      select: { submittedAt: true },
    });
    if (app.submittedAt)
      await tx.application.update({
        where: { id: move.applicationId },
        data: { decisionWorkingDays: workingDaysBetween(shanghaiDateOf(app.submittedAt), decidedOn) },
      });
  }
  if (move.createParts?.length)
    // An undone and resubmitted application keeps the parts it already has (all still pending).
    await tx.applicationPart.createMany({
      data: move.createParts.map((departmentId) => ({ applicationId: move.applicationId, departmentId })),
      skipDuplicates: true,
    });
  if (move.decidePart) {
    const part = await tx.applicationPart.updateMany({
      where: { applicationId: move.applicationId, departmentId: move.decidePart.departmentId, status: "pending" },
      data: { status: move.decidePart.status, decidedAt: move.at, decidedById: move.actor.id },
    });
    if (part.count === 0) throw new StaleMove();
  }
  await tx.applicationEvent.create({
    data: {
      applicationId: move.applicationId,
      type: storedEventType(move.event),
      fromStatus: move.from.status,
      toStatus: move.to,
      actorId: move.actor.id,
      actorRole: move.actor.role,
      departmentId: move.actor.role === "resident" ? null : (move.actor.departmentId ?? null),
      at: move.at,
      payload: move.payload as Prisma.InputJsonValue,
    },
  });
  return true;
}
