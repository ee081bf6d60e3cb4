import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { listMyDrafts, listMySubmitted } from "@/lib/applications/read/list-my-applications";
import { Pager, withCursor } from "@/components/ui/pager";
import { getService } from "@/lib/services";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { buttonClasses } from "@/components/ui/button-classes";
import { countUnread } from "@/lib/notifications/list-inbox";
import type { Status } from "@/lib/applications/transition/status-machine";
import { StatusBadge } from "./status-badge";

// "My applications": drafts to continue (on any device), and submitted applications with their receipts.
export async function MyApplicationsView({ locale, cursor }: { locale: Locale; cursor?: string }) {
  const user = await requireRole(locale, ["resident"], `/${locale}/applications`);
  const [t, tt, draftRows, page, unread] = await Promise.all([
    getT(locale, "applications"),
    getT(locale, "tracking"),
    listMyDrafts(user.id),
    listMySubmitted(user.id, cursor),
    countUnread(user.id),
  ]);
  const titled = <R extends { serviceSlug: string }>(rows: R[]) =>
    rows.flatMap((r) => {
      const service = getService(r.serviceSlug);
      return service ? [{ ...r, title: service.title[locale] }] : [];
    });
  // Drafts are shown on the first page only; the pages after it hold further submitted applications.
  const drafts = page.prev ? [] : titled(draftRows);
  const submitted = titled(page.rows);
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("list.title")}</h1>
      <p className="text-lg mb-2">{t("list.intro")}</p>
      <p className="text-lg mb-6">
        <Link href={`/${locale}/account/inbox`} className="inline-flex min-h-11 items-center">
          {unread ? tt("inbox.link", { count: unread }) : tt("inbox.linkNone")}
        </Link>
      </p>
      {drafts.length === 0 && submitted.length === 0 && (
        <p className="text-lg mb-6">
          {t("list.empty")} <Link href={`/${locale}/services`}>{t("list.browse")}</Link>
        </p>
      )}
      {drafts.length > 0 && (
        <section aria-labelledby="drafts" className="mb-8">
          <h2 id="drafts" className="text-2xl font-bold mb-3">
            {t("list.drafts")}
          </h2>
          <ul className="space-y-3">
            {drafts.map((d) => (
              <li key={d.id} className="border-2 border-line rounded-lg p-4">
                <p className="text-xl font-semibold mb-1">{d.title}</p>
                <p className="text-muted mb-2">
                  {t("list.status.draft")} · {t("list.lastSaved", { time: formatDateTime(d.updatedAt, locale) })}
                </p>
                <Link href={`/${locale}/services/${d.serviceSlug}/apply`} className={buttonClasses.primary}>
                  {t("list.continue", { service: d.title })}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {submitted.length > 0 && (
        <section aria-labelledby="submitted">
          <h2 id="submitted" className="text-2xl font-bold mb-3">
            {t("list.submitted")}
          </h2>
          <ul className="space-y-3">
            {submitted.map((a) => (
              <li key={a.id} className="border-2 border-line rounded-lg p-4">
                <p className="text-xl font-semibold mb-1">{a.title}</p>
                <p className="mb-1">
                  <bdi dir="ltr">{a.reference}</bdi>
                </p>
                <p className="mb-1">
                  <StatusBadge status={a.status as Status} label={tt(`status.${a.status}`)} />
                </p>
                <p className="mb-1">{tt(`next.${a.status}`)}</p>
                {a.promisedBy && (
                  <p className="text-muted mb-2">
                    {t("receipt.promisedBy")}: {formatDate(a.promisedBy, locale)}
                  </p>
                )}
                <p className="flex flex-wrap gap-x-6">
                  <Link
                    href={`/${locale}/applications/${a.id}`}
                    className="inline-flex min-h-11 items-center text-lg font-semibold"
                  >
                    {tt("detail.open", { service: a.title })}
                  </Link>
                  <Link
                    href={`/${locale}/applications/${a.id}/receipt`}
                    className="inline-flex min-h-11 items-center text-lg"
                  >
                    {t("list.receipt", { service: a.title })}
                  </Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Pager
        locale={locale}
        label={t("list.paging")}
        page={page}
        hrefOf={(c) => withCursor(`/${locale}/applications`, {}, "cursor", c, "submitted")}
      />
    </>
  );
}
