import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { StaffApplication } from "@/lib/applications/read/get-application-for-staff";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { maskIdNumber } from "@/lib/format/mask";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { StatusBadge } from "@/components/application/status-badge";
import { Alert } from "@/components/ui/alert";

const row = "grid gap-1 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] py-2 border-b-2 border-line";

// The facts a reviewer checks first: what, who (ID number masked), which channel, when, and by when.
export async function ApplicationSummary({ app, locale }: { app: StaffApplication; locale: Locale }) {
  const [t, tt] = await Promise.all([getT(locale, "workbench"), getT(locale, "tracking")]);
  const name = typeof app.answers.applicantName === "string" ? app.answers.applicantName : "";
  const idNumber = typeof app.answers.applicantIdNumber === "string" ? app.answers.applicantIdNumber : "";
  const date = (ymd: string | null) => (ymd ? <time dateTime={ymd}>{formatDate(ymd, locale)}</time> : "—");
  return (
    <section aria-labelledby="summary-heading" className="mb-8">
      <h2 id="summary-heading" className="text-2xl font-bold mb-3">
        {t("detail.summary")}
      </h2>
      {app.pausedOn && (
        <Alert tone="info">
          <p className="text-lg">{tt("detail.paused")}</p>
        </Alert>
      )}
      <dl className="border-t-2 border-line text-lg">
        <div className={row}>
          <dt className="font-semibold">{tt("detail.status")}</dt>
          <dd>
            <StatusBadge status={app.status} label={tt(`status.${app.status}`)} />
          </dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t("queue.reference")}</dt>
          <dd>
            <bdi dir="ltr">{app.reference}</bdi>
          </dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t("queue.item")}</dt>
          <dd>{app.service.title[locale]}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t("detail.applicant")}</dt>
          <dd>
            <bdi lang={langOfTyped(name)}>{name}</bdi>
          </dd>
        </div>
        {idNumber && (
          <div className={row}>
            <dt className="font-semibold">{t("detail.idNumber")}</dt>
            <dd>
              <bdi dir="ltr">{maskIdNumber(idNumber)}</bdi>
            </dd>
          </div>
        )}
        <div className={row}>
          <dt className="font-semibold">{t("queue.channel")}</dt>
          <dd>{t(`channel.${app.channel}`)}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{t("queue.submittedAt")}</dt>
          <dd>
            {app.submittedAt ? (
              <time dateTime={app.submittedAt.toISOString()}>{formatDateTime(app.submittedAt, locale)}</time>
            ) : (
              "—"
            )}
          </dd>
        </div>
        {app.status === "submitted" && (
          <div className={row}>
            <dt className="font-semibold">{t("queue.acceptBy")}</dt>
            <dd>{date(app.acceptBy)}</dd>
          </div>
        )}
        <div className={row}>
          <dt className="font-semibold">{tt("detail.promisedBy")}</dt>
          <dd>{date(app.promisedBy)}</dd>
        </div>
        <div className={row}>
          <dt className="font-semibold">{tt("detail.legalBy")}</dt>
          <dd>{date(app.legalBy)}</dd>
        </div>
      </dl>
      <p className="text-muted mt-2">{t("detail.masked")}</p>
    </section>
  );
}
