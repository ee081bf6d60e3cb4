// Volume: applications submitted in the period, by item, lead department, channel and Shanghai month. One grouped
// query (item × channel × month, a few hundred groups at most) over the submittedAt range, served by the index
// "Application_dashboard_submitted" (migration 20261204100000); the four views are sums of its groups. Timestamps
// are stored without time zone, in UTC (Prisma's DateTime): the month is read after "AT TIME ZONE 'UTC'" makes the
// instant explicit, then shown in Shanghai.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { utcTimestamp, periodInstants, monthsOf, type DashboardPeriod } from "./dashboard-period";
import { applicationScopeSql, departmentOfCode, type DashboardScope } from "./dashboard-scope";

export const CHANNELS = ["online", "window", "terminal"] as const;
export type VolumeChannel = (typeof CHANNELS)[number];

export type VolumeFigures = {
  total: number;
  byItem: { code: string; count: number }[];
  byDepartment: { departmentId: string; count: number }[];
  byChannel: { channel: VolumeChannel; count: number }[];
  byMonth: { month: string; count: number }[];
};

const MAX_GROUPS = 10_000;

function sorted<K extends string>(m: Map<string, number>, key: K) {
  return [...m]
    .map(([k, count]) => ({ [key]: k, count }) as { [P in K]: string } & { count: number })
    .sort((a, b) => b.count - a.count || (a[key] < b[key] ? -1 : 1));
}

export async function volumeFigures(scope: DashboardScope, period: DashboardPeriod): Promise<VolumeFigures> {
  const { start, end } = periodInstants(period);
  const rows = await db.$queryRaw<{ code: string; channel: VolumeChannel; month: string; n: number }[]>(Prisma.sql`
    SELECT a."serviceCode" AS code, a.channel::text AS channel,
           to_char(a."submittedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, count(*)::int AS n
    FROM "Application" a
    WHERE a."submittedAt" >= ${utcTimestamp(start)}::timestamp(3) AND a."submittedAt" < ${utcTimestamp(end)}::timestamp(3) AND a.status <> 'draft'
    ${applicationScopeSql(scope)}
    GROUP BY 1, 2, 3
    LIMIT ${MAX_GROUPS}`);
  const byItem = new Map<string, number>();
  const byDepartment = new Map<string, number>();
  const byChannel = new Map<string, number>(CHANNELS.map((c) => [c, 0]));
  const byMonth = new Map<string, number>(monthsOf(period).map((m) => [m, 0]));
  let total = 0;
  for (const r of rows) {
    total += r.n;
    byItem.set(r.code, (byItem.get(r.code) ?? 0) + r.n);
    const dept = departmentOfCode(r.code);
    if (dept) byDepartment.set(dept, (byDepartment.get(dept) ?? 0) + r.n);
    byChannel.set(r.channel, (byChannel.get(r.channel) ?? 0) + r.n);
    byMonth.set(r.month, (byMonth.get(r.month) ?? 0) + r.n);
  }
  return {
    total,
    byItem: sorted(byItem, "code"),
    byDepartment: sorted(byDepartment, "departmentId"),
    byChannel: CHANNELS.map((channel) => ({ channel, count: byChannel.get(channel) ?? 0 })),
    byMonth: [...byMonth].map(([month, count]) => ({ month, count })),
  };
}
