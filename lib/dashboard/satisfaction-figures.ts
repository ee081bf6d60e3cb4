// Satisfaction: real ratings given in the period (Evaluation.createdAt within it, every channel), counted per score;
// satisfied = score >= 3 (lib/evaluation/evaluation-rules.ts). Shown apart: decided applications of the period with
// no rating at all whose decision is at least DEFAULT_SATISFIED_WORKING_DAYS working days old ("satisfied by
// default", never mixed into the real rate). And the reasons most given with bad ratings (score <= 2).
// Indexes: Evaluation (createdAt) and (departmentId, createdAt); the NOT EXISTS probes Evaluation's unique
// (applicationId, channel) index; decided applications come from "Application_dashboard_decided".
import "server-only";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { SCORES, isSatisfied } from "@/lib/evaluation/evaluation-rules";
import { utcTimestamp, periodInstants, type DashboardPeriod } from "./dashboard-period";
import { applicationScopeSql, departmentScopeSql, type DashboardScope } from "./dashboard-scope";
import { defaultSatisfiedCutoff } from "./default-satisfied-cutoff";

export type SatisfactionFigures = {
  ratings: number;
  satisfied: number;
  /** satisfied / ratings; null without ratings. */
  rate: number | null;
  byScore: { score: number; count: number }[];
  /** Decided in the period (decidedOn), the denominator of the default share. */
  decided: number;
  defaultSatisfied: number;
  defaultRate: number | null;
};

export type BadReason = { reason: string; count: number };

export const TOP_REASONS = 10;

export async function satisfactionFigures(
  scope: DashboardScope,
  period: DashboardPeriod,
  today: string,
  defaultSatisfiedWorkingDays: number,
): Promise<SatisfactionFigures> {
  const { start, end } = periodInstants(period);
  const scores = await db.$queryRaw<{ score: number; n: number }[]>(Prisma.sql`
    SELECT e.score, count(*)::int AS n
    FROM "Evaluation" e
    WHERE e."createdAt" >= ${utcTimestamp(start)}::timestamp(3) AND e."createdAt" < ${utcTimestamp(end)}::timestamp(3) ${departmentScopeSql(scope, "e")}
    GROUP BY 1
    LIMIT 10`);
  const cutoff = defaultSatisfiedCutoff(today, defaultSatisfiedWorkingDays);
  const [unrated] = await db.$queryRaw<{ decided: number; default_satisfied: number }[]>(Prisma.sql`
    SELECT count(*)::int AS decided,
           count(*) FILTER (WHERE a."decidedOn" <= ${cutoff}
             AND NOT EXISTS (SELECT 1 FROM "Evaluation" x WHERE x."applicationId" = a.id))::int AS default_satisfied
    FROM "Application" a
    WHERE a."decidedOn" >= ${period.from} AND a."decidedOn" <= ${period.to}
    ${applicationScopeSql(scope)}`);
  const byScore = SCORES.map((score) => ({ score, count: scores.find((s) => s.score === score)?.n ?? 0 }));
  const ratings = byScore.reduce((sum, s) => sum + s.count, 0);
  const satisfied = byScore.filter((s) => isSatisfied(s.score)).reduce((sum, s) => sum + s.count, 0);
  const decided = unrated?.decided ?? 0;
  const defaultSatisfied = unrated?.default_satisfied ?? 0;
  return {
    ratings,
    satisfied,
    rate: ratings ? satisfied / ratings : null,
    byScore,
    decided,
    defaultSatisfied,
    defaultRate: decided ? defaultSatisfied / decided : null,
  };
}

export async function badRatingReasons(scope: DashboardScope, period: DashboardPeriod): Promise<BadReason[]> {
  const { start, end } = periodInstants(period);
  return db.$queryRaw<BadReason[]>(Prisma.sql`
    SELECT r.reason, count(*)::int AS count
    FROM "Evaluation" e CROSS JOIN LATERAL unnest(e.reasons) AS r(reason)
    WHERE e."createdAt" >= ${utcTimestamp(start)}::timestamp(3) AND e."createdAt" < ${utcTimestamp(end)}::timestamp(3) AND e.score <= 2 ${departmentScopeSql(scope, "e")}
    GROUP BY 1
    ORDER BY 2 DESC, 1
    LIMIT ${TOP_REASONS}`);
}
