import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { getService } from "@/lib/services";
import { openStatuses, type QueueRow } from "@/lib/applications/read/list-department-queue";
import { formatDate } from "@/lib/format/dates";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { StatusBadge } from "@/components/application/status-badge";
import { deadlineOf } from "./deadline-of";
import { rowHighlight, UrgencyLabel } from "./urgency-label";
import { SLOT, TextWith } from "./text-with";

// The department's queue as a table where there is room for it and as stacked cards otherwise (no sideways
// scrolling at 320 px; a container query in rem, so senior-mode text switches to cards earlier). Explicit ARIA
// roles keep the table semantics when CSS turns rows into blocks; each stacked cell shows its column name, hidden
// from screen readers (they announce the header).
const cell = "block @min-[60rem]:table-cell px-3 @min-[60rem]:px-2 py-1 @min-[60rem]:py-3 align-top";

export async function QueueTable({
  locale,
  rows,
  total,
  totalIsCapped = false,
}: {
  locale: Locale;
  rows: readonly QueueRow[];
  /** The whole filtered queue (the table shows one page of it). */
  total: number;
  /** The queue holds more than `total` (it is counted up to a cap, not to the end). */
  totalIsCapped?: boolean;
}) {
  const [t, tt] = await Promise.all([getT(locale, "workbench"), getT(locale, "tracking")]);
  const columns = ["reference", "item", "applicant", "status", "due", "actions"] as const;
  const head = (c: (typeof columns)[number]) => t(`queue.${c}`);
  const inline = (c: (typeof columns)[number]) => (
    <span aria-hidden="true" className="@min-[60rem]:hidden font-semibold">
      {head(c)}:{" "}
    </span>
  );
  return (
    // A data table may scroll sideways (WCAG 1.4.10 exception) where its columns do not fit: Uyghur senior mode.
    <div className="@container overflow-x-auto">
      <table role="table" className="block @min-[60rem]:table w-full border-collapse text-lg">
        <caption className="block @min-[60rem]:table-caption text-start text-xl font-bold mb-3">
          {t(totalIsCapped ? "queue.captionMore" : "queue.caption", { count: total })}
        </caption>
        <thead role="rowgroup" className="@max-[60rem]:sr-only">
          <tr role="row" className="border-b-2 border-ink">
            {columns.map((c) => (
              <th key={c} role="columnheader" scope="col" className="px-3 py-2 text-start font-semibold">
                {head(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup" className="block @min-[60rem]:table-row-group space-y-4 @min-[60rem]:space-y-0">
          {rows.map((r) => {
            const service = getService(r.serviceSlug);
            const due = deadlineOf(r);
            const open = openStatuses.includes(r.status);
            return (
              <tr
                key={r.id}
                role="row"
                className={`block @min-[60rem]:table-row border-2 @min-[60rem]:border-x-0 @min-[60rem]:border-t-0 border-line rounded-lg @min-[60rem]:rounded-none py-2 @min-[60rem]:py-0 ${open ? rowHighlight[r.urgency] : rowHighlight.onTime}`}
              >
                <th role="rowheader" scope="row" className={`${cell} text-start font-semibold`}>
                  {inline("reference")}
                  <bdi dir="ltr">{r.reference}</bdi>
                </th>
                <td role="cell" className={cell}>
                  {inline("item")}
                  {service?.title[locale] ?? r.serviceSlug}
                </td>
                <td role="cell" className={cell}>
                  {inline("applicant")}
                  <bdi lang={langOfTyped(r.applicantName)}>{r.applicantName}</bdi>
                </td>
                <td role="cell" className={cell}>
                  {inline("status")}
                  <StatusBadge status={r.status} label={tt(`status.${r.status}`)} />
                </td>
                <td role="cell" className={cell}>
                  {inline("due")}
                  {due.date && (
                    <>
                      <span className="text-muted">{t(`queue.${due.kind}`)}</span>{" "}
                      <time dateTime={due.date}>{formatDate(due.date, locale)}</time>
                    </>
                  )}
                  {/* Urgency in words next to the date it is about (the row is highlighted as well). */}
                  {open && (
                    <span className="block mt-1">
                      <UrgencyLabel urgency={r.urgency} label={t(`urgency.${r.urgency}`)} />
                    </span>
                  )}
                </td>
                <td role="cell" className={cell}>
                  <Link
                    href={`/${locale}/review/applications/${r.id}`}
                    className="inline-flex min-h-11 items-center font-semibold"
                  >
                    <span>
                      <TextWith text={t("queue.handle", { reference: SLOT })} value={r.reference ?? ""} dir="ltr" />
                    </span>
                  </Link>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
