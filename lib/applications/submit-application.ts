// Use case: submit a draft. Order: load the person's own draft (or their just-submitted one: idempotency) →
// re-validate every visible step → one transaction: compare-and-set draft→submitted with a new reference, plus the
// "submitted" event. A double click, a resubmitted form or a retried request all end with the same single
// application and the same reference.
import "server-only";
import { db } from "@/lib/db/client";
import { buildStepSchema, todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { visibleSteps } from "@/lib/form-engine/journey";
import { fieldKinds } from "@/lib/form-engine/field-kinds/field-schema";
import type { Answers, Channel, ServiceDef } from "@/lib/form-engine/types";
import { addWorkingDays } from "@/lib/calendar/working-days";
import type { Prisma, Role } from "@/lib/db/generated/client";
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

export async function submitApplication(input: { applicantId: string; actor: { id: string; role: Role }; service: ServiceDef; applicationId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const app = await db.application.findFirst({
    where: { id: input.applicationId, applicantId: input.applicantId, serviceCode: input.service.code },
    select: { id: true, status: true, reference: true, answers: true, channel: true },
  });
  if (!app) throw new ApplicationError("errors:application.notFound");
  if (app.status !== "draft") return { reference: app.reference!, alreadySubmitted: true };

  const answers = (app.answers ?? {}) as Answers;
  const today = todayInShanghai(now);
  for (const step of visibleSteps(input.service, answers, app.channel)) {
    const schema = buildStepSchema(step, answers, app.channel, { today });
    if (!schema.safeParse(answers).success) throw new ApplicationError("errors:application.incomplete", step.id);
  }

  const pending = pendingMaterialsOf(input.service, answers, app.channel).map((material) => ({ material, dueBy: addWorkingDays(today, DEFERRED_MATERIAL_DAYS) }));
  const reference = generateReference(today);
  const result = await db.$transaction(async (tx) => {
    const moved = await tx.application.updateMany({
      where: { id: app.id, status: "draft" },
      data: {
        status: "submitted",
        reference,
        submittedAt: now,
        promisedBy: addWorkingDays(today, input.service.promisedDays),
        legalBy: addWorkingDays(today, input.service.legalDays),
        pendingMaterials: pending.length ? (pending as Prisma.InputJsonValue) : undefined,
      },
    });
    if (moved.count === 0) return null; // someone (a parallel request) submitted it first
    await tx.applicationEvent.create({
      data: { applicationId: app.id, type: "submitted", fromStatus: "draft", toStatus: "submitted", actorId: input.actor.id, actorRole: input.actor.role, payload: { reference, pending } as Prisma.InputJsonValue },
    });
    return reference;
  });
  if (result) return { reference: result, alreadySubmitted: false };
  const winner = await db.application.findUnique({ where: { id: app.id }, select: { reference: true } });
  return { reference: winner!.reference!, alreadySubmitted: true };
}
