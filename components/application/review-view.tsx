import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { Acting } from "@/lib/applications/acting";
import { openDraft } from "@/lib/applications/draft/open-draft";
import { applyPath } from "@/lib/applications/paths";
import { goInstead } from "./go-instead";
import { listUploadNames } from "@/lib/applications/uploads/list-upload-names";
import { visibleFields, visibleSteps } from "@/lib/form-engine/journey";
import { formatAnswer } from "@/lib/form-engine/format-answer";
import { pendingMaterialsOf } from "@/lib/applications/submit/submit-application";
import { submitAction } from "@/lib/applications/actions/submit-action";
import { Alert } from "@/components/ui/alert";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { SubmitButton } from "./submit-button";
import { ReadAloud } from "@/components/a11y/read-aloud";
import { isMaskedChannel } from "@/lib/form-engine/mask-answers";
import { isLtrKind } from "@/lib/form-engine/ltr-kinds";
import { ClientStrings } from "@/components/i18n/client-strings";

// "Check your answers": every answer with a link back to its step, then one submit button. Every channel.
export async function ReviewView({
  locale,
  slug,
  error,
  acting,
}: {
  locale: Locale;
  slug: string;
  error?: string;
  acting: Acting;
}) {
  const { channel } = acting;
  const opened = await openDraft(acting, slug);
  if (!opened.ok) goInstead(acting, slug, opened);
  const { service, draft } = opened;
  const [t, uploadNames] = await Promise.all([getT(locale, "applications"), listUploadNames(draft.id)]);
  const pending = new Set(pendingMaterialsOf(service, draft.answers, channel));
  const masked = isMaskedChannel(channel);
  return (
    <>
      <p className="text-lg text-muted">{service.title[locale]}</p>
      <h1 className="text-3xl font-bold mb-3">{t("review.title")}</h1>
      <ClientStrings locale={locale} pick={["a11y:readAloud"]}>
        <ReadAloud />
      </ClientStrings>
      <p className="text-lg mb-6">{t("review.intro")}</p>
      {error && (
        <Alert tone="error" live>
          <p className="text-lg">{t(error)}</p>
        </Alert>
      )}
      {visibleSteps(service, draft.answers, channel).map((step) => (
        <section key={step.id} aria-labelledby={`review-${step.id}`} className="mb-8">
          <h2 id={`review-${step.id}`} className="text-2xl font-bold mb-3">
            {step.title[locale]}
          </h2>
          <dl className="border-t-2 border-line">
            {visibleFields(step, draft.answers, channel).map((field) => {
              // At the window and the kiosk, identifiers are shown (and sent) masked.
              const shown = formatAnswer(field, draft.answers[field.name], locale, {
                uploadNames,
                maskIds: masked,
                maskMobiles: masked,
              });
              const isPending = field.kind === "file" && pending.has(field.material);
              return (
                <div
                  key={field.name}
                  className="grid gap-2 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto] py-3 border-b-2 border-line text-lg"
                >
                  <dt className="font-semibold">{field.label[locale]}</dt>
                  <dd className="break-words min-w-0" lang={langOfTyped(shown)}>
                    {shown ? (
                      <bdi dir={isLtrKind(field.kind) ? "ltr" : undefined}>{shown}</bdi>
                    ) : isPending ? (
                      t("review.pending")
                    ) : (
                      t("review.notAnswered")
                    )}
                  </dd>
                  <dd>
                    <a
                      href={`${applyPath(acting, slug, step.id)}#f-${field.name}`}
                      className="inline-flex min-h-11 items-center"
                    >
                      {t("review.change")}
                      <span className="sr-only"> {field.label[locale]}</span>
                    </a>
                  </dd>
                </div>
              );
            })}
          </dl>
        </section>
      ))}
      <form action={submitAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="applicationId" value={draft.id} />
        {acting.window && <input type="hidden" name="session" value={acting.window.sessionId} />}
        <SubmitButton label={t("review.submit")} busyLabel={t("review.submitting")} />
      </form>
    </>
  );
}
