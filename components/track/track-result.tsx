import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { TrackedApplication } from "@/lib/applications/read/track-application";
import { formatDate } from "@/lib/format/dates";
import { StatusBadge } from "@/components/application/status-badge";
import { Timeline } from "@/components/application/timeline";

// The public result: the item, where it stands, what happens next, by when, and the timeline. Nothing about the
// applicant (no name, ID number, answers or notes); acting on it (supplying material, withdrawing) needs signing in.
export async function TrackResult({ locale, app }: { locale: Locale; app: TrackedApplication }) {
  const t = await getT(locale, "tracking");
  return (
    <section aria-labelledby="track-result-heading" className="mb-8">
      <h2 id="track-result-heading" className="text-2xl font-bold mb-3">
        {t("track.result")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr] text-lg mb-4">
        <dt className="font-semibold">{t("detail.service")}</dt>
        <dd>{app.service.title[locale]}</dd>
        <dt className="font-semibold">{t("detail.reference")}</dt>
        <dd className="break-all">
          <bdi dir="ltr">{app.reference}</bdi>
        </dd>
        <dt className="font-semibold">{t("detail.status")}</dt>
        <dd>
          <span role="status">
            <StatusBadge status={app.status} label={t(`status.${app.status}`)} />
          </span>
        </dd>
        <dt className="font-semibold">{t("detail.nextStep")}</dt>
        <dd>{t(`next.${app.status}`)}</dd>
        {app.promisedBy && (
          <>
            <dt className="font-semibold">{t("detail.promisedBy")}</dt>
            <dd>
              <time dateTime={app.promisedBy}>{formatDate(app.promisedBy, locale)}</time>
              {app.urgency === "overdue" && (
                <span className="block font-semibold text-danger">{t("detail.overdue")}</span>
              )}
              {app.urgency === "dueSoon" && <span className="block font-semibold">{t("detail.dueSoon")}</span>}
            </dd>
          </>
        )}
      </dl>
      {app.paused && <p className="text-lg mb-4">{t("detail.paused")}</p>}
      <p className="text-lg mb-6">
        {t("track.signInHint")}{" "}
        <Link href={`/${locale}/sign-in`} className="inline-flex min-h-11 items-center">
          {t("track.signIn")}
        </Link>
      </p>
      <Timeline entries={app.timeline} locale={locale} service={app.service} headingLevel={3} />
    </section>
  );
}
