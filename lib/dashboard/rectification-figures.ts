// Rectification: cases opened in the period (openedOn within it), per department and overall. Withdrawn cases (the
// resident changed the rating to 3 or better before any response) are not counted. Rate = cases responded or beyond
// (responded, confirmed, disputed) / cases opened; the average of responseWorkingDays over responded cases; overdue
// = still open past dueBy today, or answered on a Shanghai date after dueBy. Index "RectificationCase_dashboard_opened"
// (migration 20261204100000) serves the openedOn range, with the department first for a department's view.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { DashboardPeriod } from "./dashboard-period";
import { departmentScopeSql, type DashboardScope } from "./dashboard-scope";

export type Rectification = {
  opened: number;
  responded: number;
  rate: number | null;
  averageDays: number | null;
  overdue: number;
};

export type RectificationFigures = {
  overall: Rectification;
  byDepartment: ({ departmentId: string } & Rectification)[];
};

type Row = { dept: string | null; opened: number; responded: number; avg_days: number | null; overdue: number };

const figures = (r: Row): Rectification => ({
  opened: r.opened,
  responded: r.responded,
  rate: r.opened ? r.responded / r.opened : null,
  averageDays: r.avg_days,
  overdue: r.overdue,
});

export async function rectificationFigures(
  scope: DashboardScope,
  period: DashboardPeriod,
  today: string,
): Promise<RectificationFigures> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT c."departmentId" AS dept, count(*)::int AS opened,
           count(*) FILTER (WHERE c.status IN ('responded', 'confirmed', 'disputed'))::int AS responded,
           avg(c."responseWorkingDays")::float8 AS avg_days,
           count(*) FILTER (WHERE (c.status = 'open' AND c."dueBy" < ${today})
             OR to_char(c."respondedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') > c."dueBy")::int AS overdue
    FROM "RectificationCase" c
    WHERE c."openedOn" >= ${period.from} AND c."openedOn" <= ${period.to} AND c.status <> 'withdrawn'
    ${departmentScopeSql(scope, "c")}
    GROUP BY GROUPING SETS ((c."departmentId"), ())
    LIMIT 1000`);
  const overall = rows.find((r) => r.dept === null);
  return {
    overall: overall ? figures(overall) : { opened: 0, responded: 0, rate: null, averageDays: null, overdue: 0 },
    byDepartment: rows
      .filter((r): r is Row & { dept: string } => r.dept !== null)
      .map((r) => ({ departmentId: r.dept, ...figures(r) }))
      .sort((a, b) => b.opened - a.opened || (a.departmentId < b.departmentId ? -1 : 1)),
  };
}
