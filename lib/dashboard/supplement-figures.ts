// Supplement rate per item: of the applications submitted in the period, the share a department asked to supply
// more material for (supplementRequests > 0). A high rate is a sign the item's guide leaves people unsure. Served by
// the same index as the volume ("Application_dashboard_submitted", which includes supplementRequests).
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { utcTimestamp, periodInstants, type DashboardPeriod } from "./dashboard-period";
import { applicationScopeSql, type DashboardScope } from "./dashboard-scope";

export type SupplementRate = { code: string; submitted: number; supplemented: number; rate: number };

export async function supplementFigures(scope: DashboardScope, period: DashboardPeriod): Promise<SupplementRate[]> {
  const { start, end } = periodInstants(period);
  const rows = await db.$queryRaw<{ code: string; submitted: number; supplemented: number }[]>(Prisma.sql`
    SELECT a."serviceCode" AS code, count(*)::int AS submitted,
           count(*) FILTER (WHERE a."supplementRequests" > 0)::int AS supplemented
    FROM "Application" a
    WHERE a."submittedAt" >= ${utcTimestamp(start)}::timestamp(3) AND a."submittedAt" < ${utcTimestamp(end)}::timestamp(3) AND a.status <> 'draft'
    ${applicationScopeSql(scope)}
    GROUP BY 1
    LIMIT 1000`);
  return rows
    .map((r) => ({ ...r, rate: r.supplemented / r.submitted }))
    .sort((a, b) => b.rate - a.rate || b.submitted - a.submitted || (a.code < b.code ? -1 : 1));
}
