// The submission rule (storage-independent). Use case: submit a draft. Order: load the person's own draft (or their just-submitted one: idempotency) →
// re-validate every visible step → one transaction: compare-and-set draft→submitted with a new reference, plus the
// "submitted" event. A double click, a resubmitted form or a retried request all end with the same single
// application and the same reference.
import { buildStepSchema, todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { visibleSteps } from "@/lib/form-engine/journey";
import { fieldKinds } from "@/lib/form-engine/field-kinds/field-schema";
import type { Answers, Channel, ServiceDef } from "@/lib/form-engine/types";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { deadlinesAt } from "./deadlines";
import type { OnBehalf, SubmissionStore } from "./submission-store";
import { ApplicationError } from "./errors";
import { generateReference } from "./reference-number";

/** How long a material accepted on a pledge (容缺) may follow, in working days. */
export const DEFERRED_MATERIAL_DAYS = 10;

/** Materials left out on a pledge: deferrable materials whose file field has no file. Pure. */
export function pendingMaterialsOf(service: ServiceDef, answers: Answers, channel: Channel): string[] {
  const fields = visibleSteps(service, answers, channel).flatMap((s) => s.fields);
  return service.materials
    .filter((m) => m.deferrable)
    .filter((m) => fields.some((f) => f.kind === "file" && f.material === m.id && fieldKinds.file.isEmpty(answers[f.name])))
    .map((m) => m.id);
}

export type SubmitInput = { applicantId: string; actor: { id: string; role: string }; service: ServiceDef; applicationId: string; now?: Date; onBehalf?: OnBehalf };

/** The rule, independent of storage: unit-tested with an in-memory store. */
export async function submitWith(store: SubmissionStore, input: SubmitInput, makeReference: (today: string) => string = generateReference) {
  const now = input.now ?? new Date();
  const app = await store.find(input.applicantId, input.service.code, input.applicationId);
  if (!app) throw new ApplicationError("errors:application.notFound");
  if (app.status !== "draft") return { reference: app.reference!, alreadySubmitted: true };

  const today = todayInShanghai(now);
  for (const step of visibleSteps(input.service, app.answers, app.channel)) {
    const schema = buildStepSchema(step, app.answers, app.channel, { today });
    if (!schema.safeParse(app.answers).success) throw new ApplicationError("errors:application.incomplete", step.id);
  }
  const pending = pendingMaterialsOf(input.service, app.answers, app.channel).map((material) => ({ material, dueBy: addWorkingDays(today, DEFERRED_MATERIAL_DAYS) }));
  const reference = makeReference(today);
  const moved = await store.markSubmitted(app.id, {
    reference, submittedAt: now, pending, actor: input.actor, onBehalf: input.onBehalf,
    ...deadlinesAt(today, input.service.promisedDays, input.service.legalDays),
    // Every department that must sign off gets its part now (并行审批), the lead department first.
    departments: [input.service.department, ...(input.service.coDepartments ?? [])],
    serviceSlug: input.service.slug,
  });
  if (moved) return { reference, alreadySubmitted: false };
  // A parallel request submitted it first: answer with that one's reference.
  return { reference: (await store.referenceOf(app.id))!, alreadySubmitted: true };
}

