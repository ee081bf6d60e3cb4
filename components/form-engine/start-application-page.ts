import { notFound, redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getService } from "@/lib/services";
import { requireRole } from "@/lib/auth/require-role";
import { startApplication } from "@/lib/applications/start-application";
import { stepNeighbours, visibleSteps } from "@/lib/form-engine/journey";
import { getDraft } from "@/lib/applications/get-draft";
import { consentsMissing } from "@/lib/profile/consents";

/** "Start" opens the person's draft (created the first time) at the step they were last on. */
export async function startApplicationPage(locale: Locale, slug: string): Promise<never> {
  const service = getService(slug);
  if (!service) notFound();
  const user = await requireRole(locale, ["resident"], `/${locale}/services/${slug}/apply`);
  if ((await consentsMissing(user.id, service)).length) redirect(`/${locale}/services/${slug}/consent`);
  await startApplication({ applicantId: user.id, enteredById: user.id, service, channel: "online" });
  const draft = await getDraft(user.id, service.code);
  const answers = draft?.answers ?? {};
  const base = `/${locale}/services/${slug}/apply`;
  // Continue after the last step saved; a draft whose last step was the final one goes to the review page.
  if (draft?.lastStepId) {
    const { index, next } = stepNeighbours(service, draft.lastStepId, answers, "online");
    if (index >= 0) redirect(next ? `${base}/${next.id}` : `${base}/review`);
  }
  redirect(`${base}/${visibleSteps(service, answers, "online")[0]!.id}`);
}
