// Use case: validate one step's answers with the step's schema (the same one the browser used) and save them into
// the draft. Returns the next step, or null when the next page is the review page.
import "server-only";
import { db } from "@/lib/db/client";
import { buildStepSchema, todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { pruneAnswers, stepNeighbours, visibleSteps } from "@/lib/form-engine/journey";
import type { Answers, Channel, ServiceDef } from "@/lib/form-engine/types";
import type { Prisma } from "@/lib/db/generated/client";
import { ApplicationError } from "./errors";
import { getDraft } from "./get-draft";

export type StepErrors = Record<string, string>;

export async function saveStep(input: { applicantId: string; service: ServiceDef; stepId: string; values: Record<string, unknown>; channel: Channel }) {
  const draft = await getDraft(input.applicantId, input.service.code);
  if (!draft) throw new ApplicationError("errors:application.notFound");
  const step = input.service.steps.find((s) => s.id === input.stepId);
  if (!step) throw new ApplicationError("errors:application.unknownStep");

  // Conditions inside the step look at the values being posted, on top of earlier answers.
  const merged: Answers = { ...draft.answers, ...input.values };
  const schema = buildStepSchema(step, merged, input.channel, { today: todayInShanghai() });
  const parsed = schema.safeParse(input.values);
  if (!parsed.success) {
    const errors: StepErrors = {};
    for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.message;
    return { ok: false as const, errors };
  }
  const answers = pruneAnswers(input.service, { ...draft.answers, ...parsed.data }, input.channel);
  // Compare-and-set on the draft status: a submission that committed since the read above must not get these answers.
  const saved = await db.application.updateMany({ where: { id: draft.id, status: "draft" }, data: { answers: answers as Prisma.InputJsonValue, lastStepId: step.id } });
  if (saved.count === 0) throw new ApplicationError("errors:application.notEditable");
  const { next } = stepNeighbours(input.service, step.id, answers, input.channel);
  return { ok: true as const, applicationId: draft.id, nextStepId: next?.id ?? null, steps: visibleSteps(input.service, answers, input.channel).map((s) => s.id) };
}
