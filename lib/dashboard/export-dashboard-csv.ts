// Use case: one dashboard table downloaded as CSV. The same scope as the page (getDashboard decides it), the same
// headers and cell texts as the screen (dashboard-tables.ts), and an audit row "dashboard.exported" naming the
// table, the department scope and the period: figures leaving the portal are worth a trace.
import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { recordAudit } from "@/lib/audit/record-audit";
import { periodLabel } from "./dashboard-period";
import type { DashboardViewer } from "./dashboard-scope";
import { getDashboard, type DashboardRequest } from "./get-dashboard";
import { dashboardTables, tableCsv, type TableId } from "./dashboard-tables";

export async function exportDashboardCsv(
  viewer: DashboardViewer,
  request: DashboardRequest & { table: TableId },
  locale: Locale,
  ip: string | null,
  today?: string,
): Promise<{ fileName: string; csv: string } | null> {
  const dashboard = await getDashboard(viewer, request, today);
  const t = await getT(locale, "dashboard");
  const table = dashboardTables(dashboard, locale, t).find((x) => x.id === request.table);
  if (!table) return null;
  const scope = dashboard.scope.departmentId ?? "all";
  await recordAudit({
    action: "dashboard.exported",
    actor: { id: viewer.id, role: viewer.role },
    payload: { table: table.id, scope, period: periodLabel(dashboard.period) },
    ip,
  });
  return {
    fileName: `${table.id}_${scope}_${dashboard.period.from}_${dashboard.period.to}.csv`,
    csv: tableCsv(table, locale),
  };
}
