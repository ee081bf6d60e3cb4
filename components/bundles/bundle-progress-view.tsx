import Link from "next/link";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { getMyBundle } from "@/lib/applications/bundles/get-my-bundle";
import { memberGroups } from "@/lib/applications/bundles/combined-status";
import { bundlePath } from "@/lib/applications/paths";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { StatusBadge } from "@/components/application/status-badge";

// A life-event bundle as the resident follows it: one combined status (what to do first, and how many members are in
// each state), each member with its own status, department, promised date and a link to its own page (where a
// supplement is answered), and one timeline of every member's events, newest last.
export async function BundleProgressView({ locale, id }: { locale: Locale; id: string }) {
  const user = await requireRole(locale, ["resident"], bundlePath({ locale }, id));
  const bundle = await getMyBundle(user.id, id);
  if (!bundle) notFound();
  const [t, tt, ts] = await Promise.all([getT(locale, "bundles"), getT(locale, "tracking"), getT(locale, "services")]);
  const { combined } = bundle;
  const events = bundle.members
    .flatMap((m) => m.timeline.map((e) => ({ ...e, member: m })))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const tone =
    combined.overall === "needsAction"
      ? "border-danger bg-danger-bg"
      : combined.overall === "finished"
        ? "border-ok bg-ok-bg"
        : "border-brand-700 bg-brand-50";

  return (
    <>
      <p className="text-lg text-muted">{bundle.form.title[locale]}</p>
      <h1 className="text-3xl font-bold mb-4">{t("view.title")}</h1>
      <dl className="text-lg grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] mb-6">
        <dt className="font-semibold">{t("receipt.reference")}</dt>
        <dd className="break-all">
          <bdi dir="ltr">{bundle.reference}</bdi>
        </dd>
      </dl>
      <section aria-labelledby="bundle-overall" className={`border-s-4 ${tone} p-4 mb-8 rounded-e-md`}>
        <h2 id="bundle-overall" className="text-2xl font-bold mb-2">
          {t(`view.overall.${combined.overall}`)}
        </h2>
        <p className="sr-only">{t("view.countsLabel")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-lg">
          {memberGroups
            .filter((g) => combined.counts[g] > 0)
            .map((g) => (
              <li key={g}>{t(`view.group.${g}`, { count: combined.counts[g] })}</li>
            ))}
        </ul>
      </section>

      <h2 className="text-2xl font-bold mb-3">{t("view.parts")}</h2>
      <ul className="grid gap-4 mb-8">
        {bundle.members.map((m) => (
          <li key={m.id} className="border-2 border-line rounded-lg p-4">
            <h3 className="text-xl font-bold mb-2">{m.service.title[locale]}</h3>
            <dl className="text-lg grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] mb-3">
              <dt className="font-semibold">{tt("detail.status")}</dt>
              <dd>
                <StatusBadge status={m.status} label={tt(`status.${m.status}`)} />
              </dd>
              <dt className="font-semibold">{t("receipt.itemReference")}</dt>
              <dd className="break-all">
                <bdi dir="ltr">{m.reference}</bdi>
              </dd>
              <dt className="font-semibold">{t("receipt.department")}</dt>
              <dd>{ts(`departments.${m.service.department}`)}</dd>
              {m.promisedBy && (
                <>
                  <dt className="font-semibold">{t("receipt.promisedBy")}</dt>
                  <dd>{formatDate(m.promisedBy, locale)}</dd>
                </>
              )}
            </dl>
            {m.status === "supplement_requested" && (
              <p className="text-lg font-semibold text-danger mb-2">{t("view.supplementHint")}</p>
            )}
            <Link
              href={`/${locale}/applications/${m.id}`}
              className="inline-flex min-h-11 items-center text-lg font-semibold"
            >
              {t("view.open", { item: m.member.label[locale] })}
            </Link>
          </li>
        ))}
      </ul>

      <section aria-labelledby="bundle-timeline">
        <h2 id="bundle-timeline" className="text-2xl font-bold mb-3">
          {t("view.timeline")}
        </h2>
        <ol className="border-s-4 border-brand-100 ps-5 space-y-4">
          {events.map((e) => (
            <li key={`${e.member.id}-${e.id}`}>
              <p className="text-muted">
                <time dateTime={e.at.toISOString()}>{formatDateTime(e.at, locale)}</time>
              </p>
              <p className="text-lg">
                <strong>{e.member.member.label[locale]}</strong> · {tt(`event.${e.type}`)}
              </p>
              {e.actorRole && (
                <p className="text-muted">
                  {tt(`actor.${e.actorRole}`)}
                  {e.departmentId && <> · {ts(`departments.${e.departmentId}`)}</>}
                </p>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
