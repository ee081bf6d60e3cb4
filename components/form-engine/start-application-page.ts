import { notFound, redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getService } from "@/lib/services";
import type { Acting } from "@/lib/applications/acting";
import { startApplication } from "@/lib/applications/draft/start-application";
import { stepNeighbours, visibleSteps } from "@/lib/form-engine/journey";
import { getDraft } from "@/lib/applications/draft/get-draft";
import { consentsMissing } from "@/lib/profile/consents";

/** "Start" opens the person's draft (created the first time) at the step they were last on, in any channel. */
export async function startApplicationPage(locale: Locale, slug: string, acting: Acting): Promise<never> {
  const service = getService(slug);
  if (!service || !service.channels.includes(acting.channel)) notFound();
  const { applicantId, channel } = acting;
  if ((await consentsMissing(applicantId, service)).length) redirect(`${acting.prefix}/services/${slug}/consent`);
  await startApplication({ applicantId, enteredById: acting.actor.id, service, channel });
  const draft = await getDraft(applicantId, service.code);
  const answers = draft?.answers ?? {};
  const base = `${acting.prefix}/services/${slug}/apply`;
  // Continue after the last step saved; a draft whose last step was the final one goes to the review page.
  if (draft?.lastStepId) {
    const { index, next } = stepNeighbours(service, draft.lastStepId, answers, channel);
    if (index >= 0) redirect(next ? `${base}/${next.id}` : `${base}/review`);
  }
  redirect(`${base}/${visibleSteps(service, answers, channel)[0]!.id}`);
}
