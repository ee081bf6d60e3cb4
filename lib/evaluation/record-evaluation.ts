// The one writer of evaluations, for every channel (online, window screen, terminal, SMS reply): inside the
// caller's transaction it gives or changes the rating, opens, reopens or withdraws the rectification case the
// score calls for (evaluation-rules.ts: caseEffect), adds the rating to the application's timeline, and writes the
// audit row. The callers (rate-application.ts, rate-window-visit.ts, receive-sms-reply.ts) check who may rate what.
import "server-only";
import type { Prisma, Role } from "@/lib/db/generated/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { shanghaiDateOf } from "@/lib/calendar/shanghai-date";
import {
  caseEffect,
  changeableUntil,
  cleanReasons,
  rectificationDueBy,
  type EvaluationChannel,
  type EvaluationSettings,
} from "./evaluation-rules";
import { EvaluationError } from "./evaluation-error";
import type { RatingInput } from "./rating-input";

export type EvaluationTarget =
  | { kind: "application"; applicationId: string; departmentId: string; serviceCode: string }
  | { kind: "window-visit"; windowSessionId: string; departmentId: string; clerkId: string; serviceCode?: string };

export type RecordedEvaluation = { evaluationId: string; changed: boolean; caseOpened: boolean };

export async function recordEvaluation(
  tx: Prisma.TransactionClient,
  args: {
    residentId: string;
    channel: EvaluationChannel;
    target: EvaluationTarget;
    rating: RatingInput;
    /** Who gave it, for the audit row: the resident, or nobody (an SMS reply, a screen at the window). */
    actor: { id: string; role: Role } | null;
    settings: EvaluationSettings;
    now: Date;
  },
): Promise<RecordedEvaluation> {
  const { target, rating, now } = args;
  const where =
    target.kind === "application"
      ? { applicationId_channel: { applicationId: target.applicationId, channel: args.channel } }
      : { windowSessionId: target.windowSessionId };
  const existing = await tx.evaluation.findUnique({ where, include: { rectification: true } });
  if (existing && existing.residentId !== args.residentId) throw new EvaluationError("errors:evaluation.notFound");
  if (existing && existing.changeableUntil < now) throw new EvaluationError("errors:evaluation.locked");

  const fields = {
    score: rating.score,
    reasons: cleanReasons(rating.reasons),
    comment: rating.comment ?? null,
  };
  const evaluation = existing
    ? await tx.evaluation.update({ where: { id: existing.id }, data: fields })
    : await tx.evaluation.create({
        data: {
          ...fields,
          residentId: args.residentId,
          channel: args.channel,
          departmentId: target.departmentId,
          serviceCode: target.serviceCode ?? null,
          applicationId: target.kind === "application" ? target.applicationId : null,
          windowSessionId: target.kind === "window-visit" ? target.windowSessionId : null,
          clerkId: target.kind === "window-visit" ? target.clerkId : null,
          changeableUntil: changeableUntil(now, args.settings),
          createdAt: now,
        },
      });

  const effect = caseEffect(rating.score, existing?.rectification ?? null);
  const openedOn = shanghaiDateOf(now);
  if (effect === "open") {
    const data = {
      status: "open" as const,
      openedOn,
      dueBy: rectificationDueBy(openedOn, args.settings),
      response: null,
      respondedAt: null,
      respondedById: null,
      responseWorkingDays: null,
      verdictAt: null,
      escalatedAt: null,
      createdAt: now,
    };
    if (existing?.rectification) await tx.rectificationCase.update({ where: { id: existing.rectification.id }, data });
    else
      await tx.rectificationCase.create({
        data: {
          ...data,
          evaluationId: evaluation.id,
          departmentId: target.departmentId,
          residentId: args.residentId,
          applicationId: target.kind === "application" ? target.applicationId : null,
        },
      });
  } else if (effect === "withdraw") {
    await tx.rectificationCase.updateMany({
      where: { evaluationId: evaluation.id, status: "open" },
      data: { status: "withdrawn" },
    });
  }

  if (target.kind === "application")
    await tx.applicationEvent.create({
      data: {
        applicationId: target.applicationId,
        type: "evaluated",
        actorId: args.actor?.id ?? null,
        actorRole: args.actor?.role ?? null,
        at: now,
        payload: { score: rating.score, channel: args.channel, reasons: fields.reasons },
      },
    });
  await recordAudit(
    {
      action: "evaluation.recorded",
      payload: { channel: args.channel, score: rating.score, changed: !!existing, caseOpened: effect === "open" },
      actor: args.actor,
      subject: { type: "Evaluation", id: evaluation.id },
      onBehalfOf: args.residentId,
    },
    tx,
  );
  return { evaluationId: evaluation.id, changed: !!existing, caseOpened: effect === "open" };
}
