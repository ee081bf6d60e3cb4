import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { services } from "@/lib/services";
import { listDepartmentQueue, parseQueueFilter } from "@/lib/applications/read/list-department-queue";
import { dashboardPath } from "@/components/dashboard/dashboard-path";
import { Alert } from "@/components/ui/alert";
import { QueueFilters } from "./queue-filters";
import { QueueTable } from "./queue-table";
import { listDeadlineWarnings } from "@/lib/applications/read/list-deadline-warnings";
import { DeadlineWarnings } from "./deadline-warnings";
import { Pager, withCursor } from "@/components/ui/pager";
import { countOpenCases } from "@/lib/evaluation/list-cases";

type SearchParams = Record<string, string | string[] | undefined>;

// The department review workbench: the reviewer's own department's applications, most urgent first, filterable.
// Administrators pass the role gate (they may look at every workspace) but belong to no department, so they get
// an explanation instead of somebody else's queue.
export async function ReviewQueueView({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const user = await requireRole(locale, ["reviewer", "admin"], `/${locale}/review`);
  const [t, ts, td] = await Promise.all([
    getT(locale, "workbench"),
    getT(locale, "services"),
    getT(locale, "dashboard"),
  ]);
  const department = user.department;
  if (user.role !== "reviewer" || !department) {
    return (
      <>
        <h1 className="text-3xl font-bold mb-4">{t("queue.title")}</h1>
        <Alert tone="info">
          <p className="text-lg">{t("queue.noDepartment")}</p>
        </Alert>
      </>
    );
  }
  const filter = parseQueueFilter(searchParams);
  const cursor = typeof searchParams.cursor === "string" ? searchParams.cursor : undefined;
  const [queue, warnings, openCases, te] = await Promise.all([
    listDepartmentQueue(department.id, filter, cursor),
    listDeadlineWarnings({ role: user.role, departmentId: department.id }),
    countOpenCases({ id: user.id, role: "reviewer", departmentId: department.id }),
    getT(locale, "evaluation"),
  ]);
  // Only the items this department takes part in (lead or co-department) are worth filtering by.
  const items = services.filter(
    (s) =>
      s.department === department.id || (s.coDepartments as readonly string[] | undefined)?.includes(department.id),
  );
  return (
    <>
      <h1 className="text-3xl font-bold mb-2">{t("queue.title")}</h1>
      <p className="text-xl mb-2">{t("queue.department", { department: ts(`departments.${department.id}`) })}</p>
      <p className="text-lg mb-2">{t("queue.intro")}</p>
      <p className="flex flex-wrap gap-x-6 text-lg mb-6">
        <Link href={`/${locale}/review/rectification`} className="inline-flex min-h-11 items-center underline">
          {te("review.link", { n: openCases })}
        </Link>
        <Link href={dashboardPath(locale, "reviewer")} className="inline-flex min-h-11 items-center underline">
          {td("link")}
        </Link>
      </p>
      <DeadlineWarnings locale={locale} rows={warnings} />
      <QueueFilters locale={locale} filter={filter} items={items} />
      {queue.rows.length === 0 ? (
        <p role="status" className="text-lg">
          {t("queue.empty")}
        </p>
      ) : (
        <QueueTable locale={locale} rows={queue.rows} total={queue.total} totalIsCapped={queue.totalIsCapped} />
      )}
      <Pager
        locale={locale}
        label={t("queue.paging")}
        page={queue}
        hrefOf={(c) =>
          withCursor(
            `/${locale}/review`,
            { item: filter.serviceSlug, status: filter.status ?? "all", channel: filter.channel },
            "cursor",
            c,
          )
        }
      />
    </>
  );
}
