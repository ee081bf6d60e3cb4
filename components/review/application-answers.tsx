import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { StaffApplication } from "@/lib/applications/read/get-application-for-staff";
import { visibleFields, visibleSteps } from "@/lib/form-engine/journey";
import { formatAnswer } from "@/lib/form-engine/format-answer";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { isLtrKind } from "@/lib/form-engine/ltr-kinds";

// The answers step by step, as the resident checked them before submitting (review-view.tsx), for the channel the
// application came through. Least data: ID numbers and phones masked here (bank cards always are); the full
// values are for the audited reveal, not for reading a case.
export async function ApplicationAnswers({ app, locale }: { app: StaffApplication; locale: Locale }) {
  const [t, ta] = await Promise.all([getT(locale, "workbench"), getT(locale, "applications")]);
  const uploadNames = Object.fromEntries(app.uploads.map((u) => [u.id, u.originalName]));
  const pending = new Set(app.pendingMaterials.map((p) => p.material));
  const channel = app.channel;
  return (
    <section aria-labelledby="answers-heading" className="mb-8">
      <h2 id="answers-heading" className="text-2xl font-bold mb-3">
        {t("detail.answers")}
      </h2>
      {visibleSteps(app.service, app.answers, channel).map((step) => (
        <div key={step.id} className="mb-6">
          <h3 className="text-xl font-bold mb-2">{step.title[locale]}</h3>
          <dl className="border-t-2 border-line">
            {visibleFields(step, app.answers, channel).map((field) => {
              const shown = formatAnswer(field, app.answers[field.name], locale, {
                maskIds: true,
                maskMobiles: true,
                uploadNames,
              });
              const missing =
                field.kind === "file" && pending.has(field.material) ? ta("review.pending") : ta("review.notAnswered");
              return (
                <div
                  key={field.name}
                  className="grid gap-1 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] py-2 border-b-2 border-line text-lg"
                >
                  <dt className="font-semibold">{field.label[locale]}</dt>
                  <dd className="break-words min-w-0">
                    {shown === null ? (
                      <span className="text-muted">{missing}</span>
                    ) : (
                      <bdi dir={isLtrKind(field.kind) ? "ltr" : undefined} lang={langOfTyped(shown)}>
                        {shown}
                      </bdi>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </div>
      ))}
    </section>
  );
}
