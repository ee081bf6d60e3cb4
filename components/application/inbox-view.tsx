import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { countUnread, listInbox } from "@/lib/notifications/list-inbox";
import { Pager, withCursor } from "@/components/ui/pager";
import { markInboxReadAction } from "@/lib/notifications/mark-inbox-read";
import { getService } from "@/lib/services";
import { formatDateTime } from "@/lib/format/dates";
import { buttonClasses } from "@/components/ui/button-classes";
import { listAwaitingRating } from "@/lib/evaluation/list-awaiting-rating";

// The in-app inbox: one message per status change, written in the reader's language at reading time (the same
// rows read in Uyghur or Chinese), each linking to the application's progress page.
export async function InboxView({ locale, cursor }: { locale: Locale; cursor?: string }) {
  const user = await requireRole(locale, ["resident"], `/${locale}/account/inbox`);
  const [t, te, page, unreadCount, toRate] = await Promise.all([
    getT(locale, "tracking"),
    getT(locale, "evaluation"),
    listInbox(user.id, cursor),
    countUnread(user.id),
    cursor ? Promise.resolve([]) : listAwaitingRating(user.id),
  ]);
  const rows = page.rows;
  // Unread messages may be on another page: the button marks them all.
  const unread = unreadCount > 0;
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("inbox.title")}</h1>
      <p className="text-lg mb-6">{t("inbox.intro")}</p>
      {toRate.length > 0 && (
        <ul className="mb-6 space-y-2" aria-label={te("form.title")}>
          {toRate.map((a) => (
            <li key={a.id} className="border-s-4 border-brand-700 bg-brand-50 p-3 rounded-e-md text-lg">
              <Link href={`/${locale}/applications/${a.id}#evaluation`} className="inline-flex min-h-11 items-center">
                {te("inbox.rate", { service: getService(a.serviceSlug)?.title[locale] ?? a.serviceSlug })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {rows.length === 0 && <p className="text-lg">{t("inbox.empty")}</p>}
      {unread && (
        <form action={markInboxReadAction} className="mb-4">
          <button type="submit" className={buttonClasses.secondary}>
            {t("inbox.markRead")}
          </button>
        </form>
      )}
      <ul className="space-y-3">
        {rows.map((n) => {
          const p = (n.payload ?? {}) as { serviceSlug?: string; reference?: string | null };
          const service = p.serviceSlug ? (getService(p.serviceSlug)?.title[locale] ?? "") : "";
          const text = t("inbox.message", { service, event: t(`event.${n.type}`) });
          return (
            <li key={n.id} className={`border-2 rounded-lg p-4 ${n.readAt ? "border-line" : "border-brand-700"}`}>
              <p className="text-muted">
                <time dateTime={n.createdAt.toISOString()}>{formatDateTime(n.createdAt, locale)}</time>
                {!n.readAt && <strong className="ms-2">{t("inbox.unread")}</strong>}
              </p>
              <p className="text-lg">
                {n.applicationId ? (
                  <Link
                    href={`/${locale}/applications/${n.applicationId}`}
                    className="inline-flex min-h-11 items-center"
                  >
                    {text}
                  </Link>
                ) : (
                  text
                )}
                {p.reference && (
                  <>
                    {" "}
                    · <bdi dir="ltr">{p.reference}</bdi>
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ul>
      <Pager
        locale={locale}
        label={t("inbox.paging")}
        page={page}
        hrefOf={(c) => withCursor(`/${locale}/account/inbox`, {}, "cursor", c)}
      />
    </>
  );
}
