// Timeliness of decisions made in the period (decidedOn within it): the share decided on or before the promised
// date and on or before the legal limit (YYYY-MM-DD strings compare as dates), and the average and 90th percentile
// of working days from submission to decision (percentile_disc: the smallest value at least 90% of decisions do not
// exceed, an actual number of days). Per item and overall in one query (GROUPING SETS), served by the index
// "Application_dashboard_decided" (migration 20261204100000), which carries every column read.
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import type { DashboardPeriod } from "./dashboard-period";
import { applicationScopeSql, type DashboardScope } from "./dashboard-scope";

export type Timeliness = {
  decided: number;
  /** Share (0…1) of decisions with a promised date that came on or before it; null when there is none. */
  onTimePromised: number | null;
  onTimeLegal: number | null;
  averageDays: number | null;
  p90Days: number | null;
};

export type TimelinessFigures = { overall: Timeliness; byItem: ({ code: string } & Timeliness)[] };

type Row = {
  code: string | null;
  decided: number;
  with_promised: number;
  on_promised: number;
  with_legal: number;
  on_legal: number;
  avg_days: number | null;
  p90_days: number | null;
};

const EMPTY: Timeliness = { decided: 0, onTimePromised: null, onTimeLegal: null, averageDays: null, p90Days: null };

function figures(r: Row): Timeliness {
  return {
    decided: r.decided,
    onTimePromised: r.with_promised ? r.on_promised / r.with_promised : null,
    onTimeLegal: r.with_legal ? r.on_legal / r.with_legal : null,
    averageDays: r.avg_days,
    p90Days: r.p90_days,
  };
}

export async function timelinessFigures(scope: DashboardScope, period: DashboardPeriod): Promise<TimelinessFigures> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT a."serviceCode" AS code, count(*)::int AS decided,
           count(*) FILTER (WHERE a."promisedBy" IS NOT NULL)::int AS with_promised,
           count(*) FILTER (WHERE a."decidedOn" <= a."promisedBy")::int AS on_promised,
           count(*) FILTER (WHERE a."legalBy" IS NOT NULL)::int AS with_legal,
           count(*) FILTER (WHERE a."decidedOn" <= a."legalBy")::int AS on_legal,
           avg(a."decisionWorkingDays")::float8 AS avg_days,
           percentile_disc(0.9) WITHIN GROUP (ORDER BY a."decisionWorkingDays")::float8 AS p90_days
    FROM "Application" a
    WHERE a."decidedOn" >= ${period.from} AND a."decidedOn" <= ${period.to}
    ${applicationScopeSql(scope)}
    GROUP BY GROUPING SETS ((a."serviceCode"), ())
    LIMIT 1000`);
  const overall = rows.find((r) => r.code === null);
  return {
    overall: overall ? figures(overall) : EMPTY,
    byItem: rows
      .filter((r): r is Row & { code: string } => r.code !== null)
      .map((r) => ({ code: r.code, ...figures(r) }))
      .sort((a, b) => b.decided - a.decided || (a.code < b.code ? -1 : 1)),
  };
}
