import Link from "next/link";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { getService } from "@/lib/services";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { caseViewerOf } from "@/lib/evaluation/case-viewer";
import { getCaseForStaff } from "@/lib/evaluation/get-case-for-staff";
import { ClientStrings } from "@/components/i18n/client-strings";
import { RespondForm } from "./respond-form";
import { Alert } from "@/components/ui/alert";

// One rectification case as staff see it: the rating, its reasons and the resident's words, the deadline, the answer.
// The department's reviewer answers an open case here; the administrator only looks (the department must answer).
export async function CaseDetailView({
  locale,
  scope,
  id,
  sent = false,
}: {
  locale: Locale;
  scope: "review" | "admin";
  id: string;
  /** Just answered (the respond action's redirect): say so. */
  sent?: boolean;
}) {
  const base = `/${locale}/${scope}/rectification`;
  const user = await requireRole(locale, scope === "admin" ? ["admin"] : ["reviewer"], `${base}/${id}`);
  const viewer = caseViewerOf(user);
  const found = viewer && (await getCaseForStaff(viewer, id));
  if (!found) notFound();
  const [t, ts] = await Promise.all([getT(locale, "evaluation"), getT(locale, "services")]);
  const ev = found.evaluation;
  const app = ev.application;
  return (
    <>
      <p className="text-lg text-muted">
        {app ? (getService(app.serviceSlug)?.title[locale] ?? app.serviceSlug) : t("review.channels.window")}
      </p>
      <h1 className="text-3xl font-bold mb-4">{t("review.detailTitle")}</h1>
      {sent && found.status !== "open" && (
        <Alert tone="success" live>
          <p className="text-lg">{t("review.sent")}</p>
        </Alert>
      )}
      <dl className="text-lg grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr] mb-6">
        {app?.reference && (
          <>
            <dt className="font-semibold">{t("review.col.reference")}</dt>
            <dd>
              <bdi dir="ltr">{app.reference}</bdi>
            </dd>
          </>
        )}
        <dt className="font-semibold">{t("review.department")}</dt>
        <dd>{ts(`departments.${found.departmentId}`)}</dd>
        <dt className="font-semibold">{t("review.score")}</dt>
        <dd>{t(`score.${ev.score}`)}</dd>
        <dt className="font-semibold">{t("review.channel")}</dt>
        <dd>{t(`review.channels.${ev.channel}`)}</dd>
        <dt className="font-semibold">{t("review.submittedAt")}</dt>
        <dd>
          <time dateTime={ev.createdAt.toISOString()}>{formatDateTime(ev.createdAt, locale)}</time>
        </dd>
        <dt className="font-semibold">{t("review.reasons")}</dt>
        <dd>
          {ev.reasons.length
            ? ev.reasons.map((r) => t(`reason.${r}`)).join(t("review.listSeparator"))
            : t("review.noReasons")}
        </dd>
        <dt className="font-semibold">{t("review.comment")}</dt>
        <dd>{ev.comment ? <bdi lang={langOfTyped(ev.comment)}>{ev.comment}</bdi> : t("review.noComment")}</dd>
        <dt className="font-semibold">{t("review.col.dueBy")}</dt>
        <dd>{formatDate(found.dueBy, locale)}</dd>
        <dt className="font-semibold">{t("review.col.status")}</dt>
        <dd>
          {t(`review.status.${found.status}`)}
          {found.escalatedAt && <strong className="ms-2">({t("admin.escalated")})</strong>}
        </dd>
        {found.response && (
          <>
            <dt className="font-semibold">{t("case.response")}</dt>
            <dd>
              <bdi lang={langOfTyped(found.response)}>{found.response}</bdi>
            </dd>
          </>
        )}
      </dl>
      {scope === "review" && found.status === "open" && (
        <ClientStrings locale={locale} pick={["evaluation", "errors"]}>
          <RespondForm caseId={found.id} />
        </ClientStrings>
      )}
      <p className="text-lg mt-6">
        <Link href={base} className="inline-flex min-h-11 items-center underline">
          {t("review.back")}
        </Link>
      </p>
    </>
  );
}
