import Link from "next/link";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { getApplicationProgress } from "@/lib/applications/read/get-application-progress";
import { supplementField } from "@/lib/applications/uploads/store-supplement-upload";
import { urgencyOf } from "@/lib/applications/transition/deadlines";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { formatDate } from "@/lib/format/dates";
import { Timeline } from "./timeline";
import { StatusBadge } from "./status-badge";
import { SupplementForm } from "./supplement-form";
import { WithdrawForm } from "./withdraw-form";
import { UndoSubmitForm } from "./undo-submit-form";
import { ReadAloud } from "@/components/a11y/read-aloud";
import { ClientStrings } from "@/components/i18n/client-strings";
import { EvaluationSection } from "@/components/evaluation/evaluation-section";
import { PartOfBundle } from "@/components/bundles/part-of-bundle";

// One application as its applicant follows it: status in plain words, what happens next and by when, what they
// must do (supplement, or nothing), withdraw or undo while possible, and every event so far.
export async function ApplicationProgressView({ locale, id }: { locale: Locale; id: string }) {
  const user = await requireRole(locale, ["resident"], `/${locale}/applications/${id}`);
  const app = await getApplicationProgress(user.id, id);
  if (!app) notFound();
  const t = await getT(locale, "tracking");
  const urgency = urgencyOf(app.promisedBy, todayInShanghai(), app.pausedOn !== null);
  const open = app.actions.includes("withdraw");
  const materials = app.requested.map((m) => ({
    id: m,
    title: app.service.materials.find((x) => x.id === m)?.title[locale] ?? m,
  }));
  const uploaded = Object.fromEntries(
    app.requested.map((m) => [
      m,
      app.uploads.filter((u) => u.fieldName === supplementField(m)).map((u) => ({ id: u.id, name: u.originalName })),
    ]),
  );
  return (
    <>
      <p className="text-lg text-muted">{app.service.title[locale]}</p>
      <h1 className="text-3xl font-bold mb-4">{t("detail.title")}</h1>
      {app.bundle && <PartOfBundle locale={locale} bundleId={app.bundle.id} slug={app.bundle.bundleSlug} />}
      <ClientStrings locale={locale} pick={["a11y:readAloud"]}>
        <ReadAloud />
      </ClientStrings>
      <dl className="text-lg grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] mb-6">
        <dt className="font-semibold">{t("detail.reference")}</dt>
        <dd className="break-all">
          <bdi dir="ltr">{app.reference}</bdi>
        </dd>
        <dt className="font-semibold">{t("detail.status")}</dt>
        <dd>
          <StatusBadge status={app.status} label={t(`status.${app.status}`)} />
        </dd>
        <dt className="font-semibold">{t("detail.nextStep")}</dt>
        <dd>{t(`next.${app.status}`)}</dd>
        {app.promisedBy && open && (
          <>
            <dt className="font-semibold">{t("detail.promisedBy")}</dt>
            <dd>
              {formatDate(app.promisedBy, locale)}
              {(urgency === "overdue" || urgency === "dueSoon") && (
                <strong className="ms-2">({t(`detail.${urgency}`)})</strong>
              )}
            </dd>
          </>
        )}
      </dl>
      {app.pausedOn && (
        <p className="border-s-4 border-brand-700 bg-brand-50 p-4 mb-6 rounded-e-md text-lg">{t("detail.paused")}</p>
      )}
      {app.actions.includes("resubmit") && (
        <ClientStrings locale={locale} pick={["tracking", "form", "errors"]}>
          <SupplementForm applicationId={app.id} materials={materials} uploaded={uploaded} />
        </ClientStrings>
      )}
      {app.actions.includes("undo_submit") && (
        <ClientStrings locale={locale} pick={["tracking", "errors"]}>
          <UndoSubmitForm applicationId={app.id} locale={locale} />
        </ClientStrings>
      )}
      <EvaluationSection locale={locale} residentId={user.id} applicationId={app.id} />
      <Timeline entries={app.timeline} locale={locale} service={app.service} />
      {open && (
        <ClientStrings locale={locale} pick={["tracking", "errors"]}>
          <WithdrawForm applicationId={app.id} />
        </ClientStrings>
      )}
      <p className="flex flex-wrap gap-x-6 gap-y-2 text-lg">
        <Link href={`/${locale}/applications/${app.id}/receipt`} className="inline-flex min-h-11 items-center">
          {t("detail.receipt")}
        </Link>
        <Link href={`/${locale}/applications`} className="inline-flex min-h-11 items-center">
          {t("detail.back")}
        </Link>
      </p>
    </>
  );
}
