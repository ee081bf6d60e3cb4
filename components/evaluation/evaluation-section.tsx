import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { isolate } from "@/lib/i18n/bidi";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { getMyEvaluation } from "@/lib/evaluation/get-my-evaluation";
import { evaluationSettings } from "@/lib/evaluation/evaluation-settings";
import { ClientStrings } from "@/components/i18n/client-strings";
import { RateServiceForm } from "./rate-service-form";
import { VerdictForm } from "./verdict-form";

// The application page's evaluation (好差评): once decided, the resident rates the service (and may change the rating
// for a while); a bad rating's rectification case follows below, with the department's answer to confirm or dispute.
export async function EvaluationSection({
  locale,
  residentId,
  applicationId,
}: {
  locale: Locale;
  residentId: string;
  applicationId: string;
}) {
  const mine = await getMyEvaluation(residentId, applicationId);
  if (!mine || (!mine.ratable && !mine.online && !mine.rectification)) return null;
  const t = await getT(locale, "evaluation");
  const { online, rectification } = mine;
  const canRate = mine.ratable && (!online || online.changeable);
  return (
    <section
      id="evaluation"
      aria-labelledby="evaluation-heading"
      className="border-2 border-line rounded-lg p-4 mb-8 scroll-mt-4"
    >
      <h2 id="evaluation-heading" className="text-2xl font-bold mb-2">
        {t("form.title")}
      </h2>
      <p className="text-lg mb-4">
        {t("form.intro", { days: isolate(String(evaluationSettings().rectificationWorkingDays)) })}
      </p>
      {online && (
        <p className="text-lg mb-4">
          <strong>{t("form.yours", { label: t(`score.${online.score}`) })}</strong>{" "}
          {online.changeable
            ? t("form.changeableUntil", { date: formatDateTime(online.changeableUntil, locale) })
            : t("form.locked")}
        </p>
      )}
      {canRate && (
        <ClientStrings locale={locale} pick={["evaluation", "errors"]}>
          <RateServiceForm
            applicationId={applicationId}
            given={online && { score: online.score, reasons: online.reasons, comment: online.comment }}
          />
        </ClientStrings>
      )}
      {rectification && (
        <div className="mt-6 border-t-2 border-line pt-4">
          <h3 className="text-xl font-bold mb-2">{t("case.title")}</h3>
          <p className="text-lg font-semibold">{t(`case.status.${rectification.status}`)}</p>
          {rectification.escalatedAt && rectification.status === "open" && (
            <p className="text-lg">{t("case.escalated")}</p>
          )}
          <dl className="text-lg grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] mt-2">
            {rectification.status === "open" && (
              <>
                <dt className="font-semibold">{t("case.dueBy")}</dt>
                <dd>{formatDate(rectification.dueBy, locale)}</dd>
              </>
            )}
            {rectification.response && (
              <>
                <dt className="font-semibold">{t("case.response")}</dt>
                <dd>
                  <bdi lang={langOfTyped(rectification.response)}>{rectification.response}</bdi>
                </dd>
              </>
            )}
            {rectification.respondedAt && (
              <>
                <dt className="font-semibold">{t("case.respondedAt")}</dt>
                <dd>
                  <time dateTime={rectification.respondedAt.toISOString()}>
                    {formatDateTime(rectification.respondedAt, locale)}
                  </time>
                </dd>
              </>
            )}
          </dl>
          {rectification.status === "responded" && (
            <ClientStrings locale={locale} pick={["evaluation", "errors"]}>
              <VerdictForm caseId={rectification.id} />
            </ClientStrings>
          )}
        </div>
      )}
    </section>
  );
}
