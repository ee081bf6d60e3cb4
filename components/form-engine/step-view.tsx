import { notFound, redirect } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { getService } from "@/lib/services";
import { requireRole } from "@/lib/auth/require-role";
import { getDraft } from "@/lib/applications/get-draft";
import { consentsMissing } from "@/lib/profile/consents";
import { listUploadNames } from "@/lib/applications/list-upload-names";
import { stepNeighbours, visibleFields, visibleSteps } from "@/lib/form-engine/journey";
import { loadProfileSnapshot } from "@/lib/profile/load-profile";
import { mergePrefill, prefillAnswers } from "@/lib/profile/prefill";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { StepForm } from "./step-form";
import { StepProgress } from "./step-progress";

// One step of a resident's application, at its own URL (Back, refresh and bookmarks work).
export async function StepView({ locale, slug, stepId }: { locale: Locale; slug: string; stepId: string }) {
  const service = getService(slug);
  if (!service) notFound();
  const base = `/${locale}/services/${slug}/apply`;
  const user = await requireRole(locale, ["resident"], `${base}/${stepId}`);
  const draft = await getDraft(user.id, service.code);
  if (!draft) redirect(base);
  // Consent can be revoked while a draft is open: the form of a sensitive item then waits for it again.
  if ((await consentsMissing(user.id, service)).length) redirect(`/${locale}/services/${slug}/consent`);
  const steps = visibleSteps(service, draft.answers, "online");
  const step = steps.find((s) => s.id === stepId);
  if (!step) notFound();
  const { index, previous } = stepNeighbours(service, step.id, draft.answers, "online");
  const [t, uploadNames, profile] = await Promise.all([getT(locale, "form"), listUploadNames(draft.id), loadProfileSnapshot(user.id)]);
  // One entry, shared across channels: what the profile knows fills what the person has not answered yet.
  const { answers, prefilled } = mergePrefill(draft.answers, prefillAnswers(service, profile, { today: todayInShanghai() }));
  const stepFields = visibleFields(step, answers, "online");
  const allPrefilled = stepFields.length > 0 && stepFields.every((f) => f.name in prefilled);
  return (
    <>
      <p className="text-lg text-muted">{service.title[locale]}</p>
      <h1 className="text-3xl font-bold mb-4">{step.title[locale]}</h1>
      <StepProgress steps={steps} currentId={step.id} locale={locale} label={t("progress")} stepOf={t("stepOf", { current: index + 1, total: steps.length })} />
      {step.intro && <p className="text-lg mb-6">{step.intro[locale]}</p>}
      {allPrefilled && (
        <div role="note" className="border-s-4 border-ok bg-ok-bg p-4 mb-6 rounded-e-md text-lg">{t("prefilledStep")}</div>
      )}
      <StepForm
        locale={locale}
        slug={slug}
        step={step}
        answers={answers}
        prefilled={Object.keys(prefilled)}
        channel="online"
        today={todayInShanghai()}
        basePath={base}
        backHref={previous ? `${base}/${previous.id}` : `/${locale}/services/${slug}`}
        uploadNames={uploadNames}
      />
    </>
  );
}
