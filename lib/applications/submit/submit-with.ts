// The submission rule (storage-independent). Use case: submit a draft. Order: load the person's own draft (or their just-submitted one: idempotency) →
// re-validate every visible step → one transaction: compare-and-set draft→submitted with a new reference, plus the
// "submitted" event. A double click, a resubmitted form or a retried request all end with the same single
// application and the same reference.
import { buildStepSchema, todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { visibleSteps } from "@/lib/form-engine/journey";
import { fieldKinds } from "@/lib/form-engine/field-kinds/field-schema";
import type { Answers, Channel, ServiceDef } from "@/lib/form-engine/types";
import { addWorkingDays } from "@/lib/calendar/working-days";
import { deadlinesAt } from "../transition/deadlines";
import type { SubmissionStore, SubmitChanges, SubmittableApplication } from "./submission-store";
import type { Acting } from "../acting";
import type { WindowGrant } from "@/lib/window/require-window-session";
import { ApplicationError } from "../errors";
import { generateReference } from "./reference-number";
import { decide, type ActorRole } from "../transition/status-machine";
import { applicantColumns } from "./applicant-columns";
import { assuranceShortfall } from "../draft/assurance-rule";

/** How long a material accepted on a pledge (容缺) may follow, in working days. */
export const DEFERRED_MATERIAL_DAYS = 10;

/** Materials left out on a pledge: deferrable materials whose file field has no file. Pure. */
export function pendingMaterialsOf(service: ServiceDef, answers: Answers, channel: Channel): string[] {
  const fields = visibleSteps(service, answers, channel).flatMap((s) => s.fields);
  return service.materials
    .filter((m) => m.deferrable)
    .filter((m) =>
      fields.some((f) => f.kind === "file" && f.material === m.id && fieldKinds.file.isEmpty(answers[f.name])),
    )
    .map((m) => m.id);
}

/** Who submits for whom through which channel (the window grant when a clerk does it): the fields of `Acting`
 * the rule needs, so the rule stays free of the session code. */
export type SubmitActing = Pick<Acting, "applicantId" | "actor" | "channel"> & {
  window?: Pick<WindowGrant, "windowNo" | "residentId"> & { clerk: { id: string; role: string; staffId: string } };
};
/** At the window: who entered it where (the resident's timeline) and the "submitted on behalf" audit row. */
export function enteredAtWindow(acting: SubmitActing): Pick<SubmitChanges, "onBehalf" | "audit"> {
  const w = acting.window;
  return w
    ? {
        onBehalf: { windowNo: w.windowNo, staffId: w.clerk.staffId },
        audit: { clerk: { id: w.clerk.id, role: w.clerk.role }, residentId: w.residentId, windowNo: w.windowNo },
      }
    : {};
}

export type SubmitInput = { service: ServiceDef; applicationId: string; now?: Date };

/** File answers of the visible steps, with the step each is on. */
function fileAnswers(service: ServiceDef, answers: Answers, channel: Channel) {
  return visibleSteps(service, answers, channel).flatMap((step) =>
    step.fields
      .filter((f) => f.kind === "file")
      .flatMap((f) =>
        (Array.isArray(answers[f.name]) ? (answers[f.name] as unknown[]) : []).map((id) => ({
          id: String(id),
          stepId: step.id,
        })),
      ),
  );
}

/**
 * The rule, independent of storage: unit-tested with an in-memory store. It enforces, whatever page posted the form:
 * the draft is the applicant's own, it is submitted through the channel it is open in, a resident online or at a kiosk
 * is verified to the item's assurance level, the sensitive-data consents the item needs are still given, every step validates, and every file answer is a file of this draft.
 */
export async function submitWith(
  store: SubmissionStore,
  acting: SubmitActing,
  input: SubmitInput,
  makeReference: (today: string) => string = generateReference,
) {
  // A step saved (in another tab) between validating and writing changes the version: validate what is there now.
  for (let attempt = 0; attempt < 3; attempt++) {
    const outcome = await submitOnce(store, acting, input, makeReference);
    if (outcome !== "changed") return outcome;
  }
  throw new ApplicationError("errors:application.notEditable");
}

async function submitOnce(
  store: SubmissionStore,
  acting: SubmitActing,
  input: SubmitInput,
  makeReference: (today: string) => string,
): Promise<{ reference: string; alreadySubmitted: boolean } | "changed"> {
  const now = input.now ?? new Date();
  const app = await store.find(acting.applicantId, input.service.code, input.applicationId);
  if (!app) throw new ApplicationError("errors:application.notFound");
  if (app.status !== "draft") return { reference: app.reference!, alreadySubmitted: true };
  const { today } = await checkSubmittable(store, acting, input.service, app, now);

  const pending = pendingMaterialsOf(input.service, app.answers, app.channel).map((material) => ({
    material,
    dueBy: addWorkingDays(today, DEFERRED_MATERIAL_DAYS),
  }));
  const reference = makeReference(today);
  const moved = await store.markSubmitted(app.id, {
    version: app.version,
    ...applicantColumns(app.answers),
    reference,
    submittedAt: now,
    pending,
    actor: acting.actor,
    ...enteredAtWindow(acting),
    ...deadlinesAt(today, input.service.promisedDays, input.service.legalDays),
    // Every department that must sign off gets its part now (并行审批), the lead department first.
    departments: [input.service.department, ...(input.service.coDepartments ?? [])],
    serviceSlug: input.service.slug,
  });
  if (moved) return { reference, alreadySubmitted: false };
  // A parallel request submitted it first (answer with that one's reference), or a save changed it (validate again).
  const now2 = await store.find(acting.applicantId, input.service.code, input.applicationId);
  if (now2 && now2.status !== "draft") return { reference: now2.reference!, alreadySubmitted: true };
  return "changed";
}

/**
 * Everything that must hold before a draft is submitted, whatever page posted the form (shared by a bundle's
 * submission, submit-bundle.ts): the channel it is open in, the assurance level, the consents, the state machine,
 * every visible step, and that every file answer is a file of this draft. Throws an ApplicationError; gives the
 * Shanghai date the submission counts from.
 */
export async function checkSubmittable(
  store: Pick<SubmissionStore, "assuranceOf" | "missingConsents" | "foreignUploads">,
  acting: SubmitActing,
  service: ServiceDef,
  app: SubmittableApplication,
  now: Date,
): Promise<{ today: string }> {
  // A tab left open in another channel (the draft was handed over since) does not submit it.
  if (app.channel !== acting.channel) throw new ApplicationError("errors:application.otherChannel");
  if (assuranceShortfall(acting.channel, await store.assuranceOf(acting.applicantId), service.assurance))
    throw new ApplicationError("errors:application.assuranceMissing");
  if ((await store.missingConsents(acting.applicantId, service)).length)
    throw new ApplicationError("errors:application.consentMissing");
  // The state machine decides who may submit (the applicant, or a clerk at the window), as for every other event.
  const decision = decide(
    { status: "draft", leadDepartment: service.department, parts: {}, supplementRequested: false, now },
    "submit",
    { role: acting.actor.role as ActorRole, isApplicant: acting.actor.id === acting.applicantId },
  );
  if (!decision.ok) throw new ApplicationError("errors:application.notFound");

  const today = todayInShanghai(now);
  for (const step of visibleSteps(service, app.answers, app.channel)) {
    const schema = buildStepSchema(step, app.answers, app.channel, { today });
    if (!schema.safeParse(app.answers).success) throw new ApplicationError("errors:application.incomplete", step.id);
  }
  // A file answer is an upload id: only this draft's own uploads count as materials (["x"] is not a file).
  const files = fileAnswers(service, app.answers, app.channel);
  const foreign = files.length
    ? await store.foreignUploads(
        app.id,
        acting.applicantId,
        files.map((f) => f.id),
      )
    : [];
  if (foreign.length)
    throw new ApplicationError("errors:application.fileNotUploaded", files.find((f) => foreign.includes(f.id))!.stepId);
  return { today };
}
