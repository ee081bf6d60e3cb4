// Use case: validate one step's answers with the step's schema (the same one the browser used) and save them into
// the draft. Returns the next step, or null when the next page is the review page.
import "server-only";
import { db } from "@/lib/db/client";
import { buildStepSchema, todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { pruneAnswers, stepNeighbours, visibleSteps } from "@/lib/form-engine/journey";
import type { Answers, FieldDef, ServiceDef } from "@/lib/form-engine/types";
import { isMaskedChannel, unmaskValues } from "@/lib/form-engine/mask-answers";
import { readProfileSnapshot } from "@/lib/profile/load-profile";
import { prefillAnswers } from "@/lib/profile/prefill";
import { recordAudit } from "@/lib/audit/record-audit";
import { consentsMissing } from "@/lib/profile/consents";
import type { SubmitActing } from "../submit/submit-with";
import { ApplicationError } from "../errors";
import { getDraft } from "./get-draft";
import { missingAssurance } from "./missing-assurance";
import { sealAnswers } from "@/lib/applications/sealed-answers";

export type StepErrors = Record<string, string>;

/**
 * Whoever acts (the resident, or a clerk in a consented window session for them), the use case enforces: the draft is
 * the applicant's own and still a draft, it is open in this channel, a resident online or at a kiosk is verified to the
 * item's assurance level (a step URL or a crafted post does not get around the start page), the item's
 * sensitive-data consents are still given; at the window the "saved on behalf" audit row is written in the same transaction as the answers.
 */
export async function saveStep(
  acting: SubmitActing,
  input: { service: ServiceDef; stepId: string; values: Record<string, unknown> },
) {
  const { service } = input;
  const channel = acting.channel;
  const draft = await getDraft(acting.applicantId, service.code);
  if (!draft) throw new ApplicationError("errors:application.notFound");
  if (draft.channel !== channel) throw new ApplicationError("errors:application.otherChannel");
  const step = service.steps.find((s) => s.id === input.stepId);
  if (!step) throw new ApplicationError("errors:application.unknownStep");
  // A draft may predate the rule (handed over from the window to the phone): it is finished at the window instead.
  if (await missingAssurance(acting, service)) throw new ApplicationError("errors:application.assuranceMissing");
  // Consent revoked in another tab: nothing more is saved into a form that uses the sensitive data.
  if ((await consentsMissing(acting.applicantId, service)).length)
    throw new ApplicationError("errors:application.consentMissing");

  // At the window and the kiosk identifiers went out masked: an unchanged mask stands for the value held here.
  const values = isMaskedChannel(channel)
    ? await unmasked(acting.applicantId, service, step.fields, draft.answers, input.values)
    : input.values;
  // Conditions inside the step look at the values being posted, on top of earlier answers.
  const merged: Answers = { ...draft.answers, ...values };
  const schema = buildStepSchema(step, merged, channel, { today: todayInShanghai() });
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const errors: StepErrors = {};
    for (const issue of parsed.error.issues) errors[issue.path.join(".")] ??= issue.message;
    return { ok: false as const, errors };
  }
  const answers = pruneAnswers(service, { ...draft.answers, ...parsed.data }, channel);
  const w = acting.window;
  await db.$transaction(async (tx) => {
    // Compare-and-set on the draft status: a submission that committed since the read above must not get these answers.
    const saved = await tx.application.updateMany({
      where: { id: draft.id, status: "draft" },
      // A new version: a submit that validated the answers before this save writes nothing and validates again.
      data: { answers: sealAnswers(answers), lastStepId: step.id, version: { increment: 1 } },
    });
    if (saved.count === 0) throw new ApplicationError("errors:application.notEditable");
    if (w)
      await recordAudit(
        {
          action: "application.saved_on_behalf",
          payload: { windowNo: w.windowNo, applicationId: draft.id, stepId: step.id },
          actor: { id: w.clerk.id, role: "clerk" },
          subject: { type: "application", id: draft.id },
          onBehalfOf: w.residentId,
        },
        tx,
      );
  });
  const { next } = stepNeighbours(service, step.id, answers, channel);
  return {
    ok: true as const,
    applicationId: draft.id,
    nextStepId: next?.id ?? null,
    steps: visibleSteps(service, answers, channel).map((s) => s.id),
  };
}

/** The values held for this applicant that a mask may stand for: the draft's answer, the profile's fact, and for an
 * ID number the household members' (a picked member's ID goes out masked too). */
async function unmasked(
  applicantId: string,
  service: ServiceDef,
  fields: readonly FieldDef[],
  draftAnswers: Answers,
  values: Record<string, unknown>,
) {
  // Most saves post no mask (the clerk typed, or the step holds no identifier): no profile read for those.
  // (Also inside groups: a household member's ID number goes out masked too.)
  if (!JSON.stringify(values).includes("*")) return values;
  const profile = await readProfileSnapshot(applicantId);
  const prefill = prefillAnswers(service, profile, { today: todayInShanghai() }).answers;
  const household = (profile.householdMembers ?? []).map((m) => m.idNumber);
  // Inside a group (the household members), the values the draft's and the profile's items hold for that field.
  const itemValues = (source: Answers, group: string, field: string) =>
    Array.isArray(source[group]) ? (source[group] as Answers[]).map((item) => item?.[field]) : [];
  return unmaskValues(fields, values, (f, group) =>
    [
      ...(group
        ? [...itemValues(draftAnswers, group.name, f.name), ...itemValues(prefill, group.name, f.name)]
        : [draftAnswers[f.name], prefill[f.name]]),
      ...(f.kind === "idNumber" ? household : []),
    ].map((v) => (typeof v === "string" ? v : undefined)),
  );
}
