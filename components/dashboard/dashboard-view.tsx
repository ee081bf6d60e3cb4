import { forbidden } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { isolate } from "@/lib/i18n/bidi";
import { requireRole } from "@/lib/auth/require-role";
import { formatDate } from "@/lib/format/dates";
import { getDashboard, type DashboardRequest } from "@/lib/dashboard/get-dashboard";
import { DashboardScopeError } from "@/lib/dashboard/dashboard-scope";
import { cellText, dashboardTables, type DashboardTable, type TableId } from "@/lib/dashboard/dashboard-tables";
import { Alert } from "@/components/ui/alert";
import { BarChart } from "./bar-chart";
import { LineChart } from "./line-chart";
import { StackedBar } from "./stacked-bar";
import { DataTable } from "./data-table";
import { PeriodForm } from "./period-form";
import { dashboardPath, type DashboardAudience } from "./dashboard-path";

type Chart = { kind: "bar"; column: number; max?: number } | { kind: "line" } | { kind: "stack" };

// Which tables each section shows, and the chart beside each (none for the summary and the rectification table).
const SECTIONS: { id: string; tables: [TableId, Chart | null][] }[] = [
  {
    id: "volume",
    tables: [
      ["volume-by-month", { kind: "line" }],
      ["volume-by-item", { kind: "bar", column: 0 }],
      ["volume-by-department", { kind: "bar", column: 0 }],
      ["volume-by-channel", { kind: "bar", column: 0 }],
    ],
  },
  { id: "timeliness", tables: [["timeliness-by-item", { kind: "bar", column: 1, max: 1 }]] },
  { id: "supplement", tables: [["supplement-by-item", { kind: "bar", column: 2, max: 1 }]] },
  {
    id: "satisfaction",
    tables: [
      ["satisfaction-by-score", { kind: "stack" }],
      ["bad-reasons", { kind: "bar", column: 0 }],
    ],
  },
  { id: "rectification", tables: [["rectification-by-department", null]] },
];

function ChartOf({
  table,
  chart,
  locale,
  name,
}: {
  table: DashboardTable;
  chart: Chart;
  locale: Locale;
  name: string;
}) {
  if (chart.kind === "line")
    return (
      <LineChart
        name={name}
        locale={locale}
        data={table.rows.map((r) => ({
          key: r.key,
          label: r.header,
          value: r.cells[0]!.value ?? 0,
          text: cellText(r.cells[0]!, locale),
        }))}
      />
    );
  if (chart.kind === "stack")
    return (
      <StackedBar
        name={name}
        locale={locale}
        parts={table.rows.map((r) => ({
          key: r.key,
          label: r.header,
          value: r.cells[0]!.value ?? 0,
          text: cellText(r.cells[0]!, locale),
        }))}
      />
    );
  return (
    <BarChart
      name={name}
      locale={locale}
      max={chart.max}
      data={table.rows.map((r) => ({
        label: r.header,
        value: r.cells[chart.column]!.value,
        text: cellText(r.cells[chart.column]!, locale),
      }))}
    />
  );
}

// The performance dashboard (issue 20): the admin's for every department (with a department filter), a reviewer's
// for their own department. The scope is enforced by the use case (lib/dashboard/get-dashboard.ts); this view only
// shows what it answers: each chart (server-rendered SVG) beside its table, each table downloadable as CSV.
export async function DashboardView({
  locale,
  audience,
  query,
}: {
  locale: Locale;
  audience: DashboardAudience;
  query: DashboardRequest;
}) {
  const base = dashboardPath(locale, audience);
  const user = await requireRole(locale, audience === "admin" ? ["admin"] : ["reviewer"], base);
  const t = await getT(locale, "dashboard");
  const viewer = { id: user.id, role: user.role, departmentId: user.department?.id ?? null };
  let dashboard;
  try {
    dashboard = await getDashboard(viewer, query);
  } catch (e) {
    if (e instanceof DashboardScopeError) forbidden();
    throw e;
  }
  const tables = new Map(dashboardTables(dashboard, locale, t).map((x) => [x.id, x]));
  const { period, scope } = dashboard;
  const scopeDepartment = dashboard.departments.find((d) => d.id === scope.departmentId);
  const csvHref = (table: TableId) => {
    const q = new URLSearchParams({ table, period: "custom", from: period.from, to: period.to });
    if (audience === "admin" && scope.departmentId) q.set("department", scope.departmentId);
    return `${base}/csv?${q}`;
  };
  const download = (table: DashboardTable) => (
    <p className="mt-2">
      <a href={csvHref(table.id)} className="underline text-lg" download>
        {t("download", { table: table.caption })}
      </a>
    </p>
  );
  const summary = tables.get("summary")!;
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t(audience === "admin" ? "title" : "titleDepartment")}</h1>
      <p className="text-lg mb-2">{t("intro")}</p>
      <p className="text-lg font-semibold mb-1" data-testid="dashboard-scope">
        {scopeDepartment
          ? t("scopeDepartment", { department: locale === "ug" ? scopeDepartment.nameUg : scopeDepartment.nameZh })
          : t("scopeAll")}
      </p>
      <p className="text-lg mb-4">
        {t("periodShown", {
          from: isolate(formatDate(period.from, locale)),
          to: isolate(formatDate(period.to, locale)),
        })}
      </p>
      {dashboard.invalidPeriod && (
        <Alert tone="error" live>
          <p className="text-lg">{t("invalidPeriod")}</p>
        </Alert>
      )}
      <PeriodForm
        t={t}
        locale={locale}
        action={base}
        period={period}
        departments={audience === "admin" ? dashboard.departments : undefined}
        department={scope.departmentId}
      />
      <section aria-labelledby="dashboard-summary-h" className="mb-10">
        <h2 id="dashboard-summary-h" className="text-2xl font-bold mb-3">
          {t("sections.summary")}
        </h2>
        <div className="max-w-3xl">
          <DataTable table={summary} locale={locale} none={t("none")} />
          {download(summary)}
        </div>
      </section>
      {SECTIONS.map((section) => (
        <section key={section.id} aria-labelledby={`dashboard-${section.id}-h`} className="mb-10">
          <h2 id={`dashboard-${section.id}-h`} className="text-2xl font-bold mb-2">
            {t(`sections.${section.id}`)}
          </h2>
          <p className="text-lg text-muted mb-4">
            {t(`notes.${section.id}`, { days: isolate(dashboard.defaultSatisfiedWorkingDays) })}
          </p>
          {section.tables.map(([id, chart]) => {
            const table = tables.get(id);
            if (!table) return null;
            const column = chart?.kind === "bar" && chart.column > 0 ? `: ${table.columns[chart.column]}` : "";
            return (
              // The chart above its table: side by side, the tables of several columns got too narrow to read.
              <div key={id} className="mb-10">
                {chart && (
                  <div className="max-w-3xl mb-4">
                    {table.rows.length > 0 ? (
                      <ChartOf
                        table={table}
                        chart={chart}
                        locale={locale}
                        name={t("chartOf", { table: `${table.caption}${column}` })}
                      />
                    ) : (
                      <p className="text-lg text-muted">{t("none")}</p>
                    )}
                  </div>
                )}
                <div className="max-w-4xl">
                  <DataTable table={table} locale={locale} none={t("none")} />
                  {download(table)}
                </div>
              </div>
            );
          })}
        </section>
      ))}
    </>
  );
}
