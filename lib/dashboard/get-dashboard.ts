// Use case: the performance dashboard's figures for one viewer and period. The scope is decided here, not by the
// page: an admin sees every department (or the one asked for), a reviewer only their own department. Reading
// aggregate figures reads no one's personal data, so it writes no audit row; downloading a table does
// (export-dashboard-csv.ts).
import "server-only";
import { db } from "@/lib/db/client";
import { todayInShanghai } from "@/lib/form-engine/build-step-schema";
import { evaluationSettings } from "@/lib/evaluation/evaluation-settings";
import { resolvePeriod, type DashboardPeriod } from "./dashboard-period";
import { scopeFor, type DashboardScope, type DashboardViewer } from "./dashboard-scope";
import { volumeFigures, type VolumeFigures } from "./volume-figures";
import { timelinessFigures, type TimelinessFigures } from "./timeliness-figures";
import { supplementFigures, type SupplementRate } from "./supplement-figures";
import {
  badRatingReasons,
  satisfactionFigures,
  type BadReason,
  type SatisfactionFigures,
} from "./satisfaction-figures";
import { rectificationFigures, type RectificationFigures } from "./rectification-figures";

export type DashboardRequest = { period?: string; from?: string; to?: string; department?: string };

export type DepartmentName = { id: string; nameZh: string; nameUg: string };

export type Dashboard = {
  scope: DashboardScope;
  period: DashboardPeriod;
  /** The address asked for a custom range that did not parse: the default period is shown instead. */
  invalidPeriod: boolean;
  /** Every department (names for the tables and the admin's filter). */
  departments: DepartmentName[];
  defaultSatisfiedWorkingDays: number;
  volume: VolumeFigures;
  timeliness: TimelinessFigures;
  supplements: SupplementRate[];
  satisfaction: SatisfactionFigures;
  badReasons: BadReason[];
  rectification: RectificationFigures;
};

export async function getDashboard(
  viewer: DashboardViewer,
  request: DashboardRequest,
  today: string = todayInShanghai(),
): Promise<Dashboard> {
  const departments = await db.department.findMany({ orderBy: { id: "asc" }, take: 200 });
  // An admin's filter naming no department shows all; a reviewer's scope ignores the filter.
  const asked = departments.some((d) => d.id === request.department) ? request.department : null;
  const scope = scopeFor(viewer, asked);
  const { invalid, ...period } = resolvePeriod(request, today);
  const { defaultSatisfiedWorkingDays } = evaluationSettings();
  const [volume, timeliness, supplements, satisfaction, badReasons, rectification] = await Promise.all([
    volumeFigures(scope, period),
    timelinessFigures(scope, period),
    supplementFigures(scope, period),
    satisfactionFigures(scope, period, today, defaultSatisfiedWorkingDays),
    badRatingReasons(scope, period),
    rectificationFigures(scope, period, today),
  ]);
  return {
    scope,
    period,
    invalidPeriod: invalid,
    departments,
    defaultSatisfiedWorkingDays,
    volume,
    timeliness,
    supplements,
    satisfaction,
    badReasons,
    rectification,
  };
}
