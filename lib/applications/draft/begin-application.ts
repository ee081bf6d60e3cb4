// Use case: "start" on an item's guide (or at the window): open the applicant's draft for this channel, creating it
// the first time, and say which page to continue on (the step after the last one saved, or the review page). The
// rules are the draft's: an item not offered in this channel is not found; a resident online or at a kiosk below the
// item's assurance level is told what is missing (nothing is created); an item asking for sensitive data waits for
// its consent first.
import "server-only";
import { stepNeighbours, visibleSteps } from "@/lib/form-engine/journey";
import type { Acting } from "../acting";
import { startApplication } from "./start-application";
import { getDraft } from "./get-draft";
import { offeredService } from "./open-draft";
import { missingAssurance } from "./missing-assurance";
import type { AssuranceShortfall } from "./assurance-rule";
import { consentsMissing } from "@/lib/profile/consents";

export type Begun =
  | { ok: true; step: string | "review" }
  | { ok: false; go: "notFound" | "consent" }
  | ({ ok: false; go: "assurance" } & AssuranceShortfall);

export async function beginApplication(
  acting: Pick<Acting, "applicantId" | "channel" | "actor">,
  slug: string,
): Promise<Begun> {
  const service = offeredService(acting, slug);
  if (!service) return { ok: false, go: "notFound" };
  const short = await missingAssurance(acting, service);
  if (short) return { ok: false, go: "assurance", ...short };
  const { applicantId, channel } = acting;
  if ((await consentsMissing(applicantId, service)).length) return { ok: false, go: "consent" };
  await startApplication({ applicantId, enteredById: acting.actor.id, service, channel });
  const draft = await getDraft(applicantId, service.code);
  const answers = draft?.answers ?? {};
  // Continue after the last step saved; a draft whose last step was the final one goes to the review page.
  if (draft?.lastStepId) {
    const { index, next } = stepNeighbours(service, draft.lastStepId, answers, channel);
    if (index >= 0) return { ok: true, step: next ? next.id : "review" };
  }
  return { ok: true, step: visibleSteps(service, answers, channel)[0]!.id };
}
