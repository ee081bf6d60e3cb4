import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { getService } from "@/lib/services";
import { formatDate } from "@/lib/format/dates";
import { shanghaiDateOf } from "@/lib/calendar/shanghai-date";
import { caseViewerOf } from "@/lib/evaluation/case-viewer";
import { listCases } from "@/lib/evaluation/list-cases";
import { Alert } from "@/components/ui/alert";

// Rectification cases (整改工单): a reviewer's own department's, or (admin, 整改督办) every department's with the
// escalated and disputed ones on request. Waiting cases first, earliest due first.
export async function CaseListView({
  locale,
  scope,
  escalatedOnly = false,
}: {
  locale: Locale;
  scope: "review" | "admin";
  escalatedOnly?: boolean;
}) {
  const base = `/${locale}/${scope}/rectification`;
  const user = await requireRole(locale, scope === "admin" ? ["admin"] : ["reviewer"], base);
  const [t, ts] = await Promise.all([getT(locale, "evaluation"), getT(locale, "services")]);
  const viewer = caseViewerOf(user);
  const title = scope === "admin" ? t("admin.title") : t("review.title");
  if (!viewer)
    return (
      <>
        <h1 className="text-3xl font-bold mb-4">{title}</h1>
        <Alert tone="info">
          <p className="text-lg">{t("review.empty")}</p>
        </Alert>
      </>
    );
  const rows = await listCases(viewer, { escalatedOnly });
  const today = shanghaiDateOf(new Date());
  return (
    <>
      <h1 className="text-3xl font-bold mb-2">{title}</h1>
      <p className="text-lg mb-4">{scope === "admin" ? t("admin.intro") : t("review.intro")}</p>
      {scope === "admin" && (
        <p className="flex flex-wrap gap-x-6 text-lg mb-4">
          <Link
            href={base}
            aria-current={!escalatedOnly ? "page" : undefined}
            className="inline-flex min-h-11 items-center underline aria-[current=page]:font-bold"
          >
            {t("admin.filterAll")}
          </Link>
          <Link
            href={`${base}?escalated=1`}
            aria-current={escalatedOnly ? "page" : undefined}
            className="inline-flex min-h-11 items-center underline aria-[current=page]:font-bold"
          >
            {t("admin.filterEscalated")}
          </Link>
        </p>
      )}
      {rows.length === 0 ? (
        <p role="status" className="text-lg">
          {t("review.empty")}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-lg border-collapse">
            <caption className="text-start font-semibold mb-2">{t("review.caption")}</caption>
            <thead>
              <tr className="border-b-2 border-line text-start">
                <th scope="col" className="text-start p-2">
                  {t("review.col.reference")}
                </th>
                <th scope="col" className="text-start p-2">
                  {t("review.col.service")}
                </th>
                {scope === "admin" && (
                  <th scope="col" className="text-start p-2">
                    {t("review.department")}
                  </th>
                )}
                <th scope="col" className="text-start p-2">
                  {t("review.col.score")}
                </th>
                <th scope="col" className="text-start p-2">
                  {t("review.col.dueBy")}
                </th>
                <th scope="col" className="text-start p-2">
                  {t("review.col.status")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => {
                const app = c.evaluation.application;
                const overdue = c.status === "open" && c.dueBy < today;
                return (
                  <tr key={c.id} className="border-b border-line align-top">
                    <td className="p-2">
                      <Link href={`${base}/${c.id}`} className="inline-flex min-h-11 items-center underline">
                        <bdi dir="ltr">{app?.reference ?? c.id.slice(-8)}</bdi>
                      </Link>
                    </td>
                    <td className="p-2">
                      {app
                        ? (getService(app.serviceSlug)?.title[locale] ?? app.serviceSlug)
                        : t("review.channels.window")}
                    </td>
                    {scope === "admin" && <td className="p-2">{ts(`departments.${c.departmentId}`)}</td>}
                    <td className="p-2">{t(`score.${c.evaluation.score}`)}</td>
                    <td className="p-2">
                      {formatDate(c.dueBy, locale)}
                      {overdue && <strong className="block text-danger">{t("review.overdue")}</strong>}
                    </td>
                    <td className="p-2">
                      {t(`review.status.${c.status}`)}
                      {c.escalatedAt && <strong className="block">{t("admin.escalated")}</strong>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
