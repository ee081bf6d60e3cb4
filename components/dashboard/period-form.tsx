import type { Locale } from "@/lib/i18n/config";
import { PERIOD_KINDS, type DashboardPeriod } from "@/lib/dashboard/dashboard-period";
import type { DepartmentName } from "@/lib/dashboard/get-dashboard";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";

type T = (key: string, options?: Record<string, unknown>) => string;

const selectClass = "block w-full max-w-md min-h-11 px-3 py-2 text-lg border-2 border-ink rounded-md bg-white";

// The period picker (and the admin's department filter): a plain GET form, so it works without JavaScript and the
// address can be shared. The dates are read only when "custom" is chosen.
export function PeriodForm({
  t,
  locale,
  action,
  period,
  departments,
  department,
}: {
  t: T;
  locale: Locale;
  action: string;
  period: DashboardPeriod;
  /** Given for the admin only: the department filter. */
  departments?: DepartmentName[];
  department?: string | null;
}) {
  return (
    <form method="get" action={action} className="mb-8" aria-labelledby="dashboard-filters-h">
      <h2 id="dashboard-filters-h" className="text-2xl font-bold mb-3">
        {t("filters")}
      </h2>
      <div className="mb-5">
        <label htmlFor="dashboard-period" className="block font-semibold text-lg mb-1">
          {t("period")}
        </label>
        <select id="dashboard-period" name="period" defaultValue={period.kind} className={selectClass}>
          {PERIOD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`periods.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField id="dashboard-from" name="from" type="date" label={t("from")} defaultValue={period.from} />
      <TextField id="dashboard-to" name="to" type="date" label={t("to")} defaultValue={period.to} />
      {departments && (
        <div className="mb-5">
          <label htmlFor="dashboard-department" className="block font-semibold text-lg mb-1">
            {t("department")}
          </label>
          <select id="dashboard-department" name="department" defaultValue={department ?? ""} className={selectClass}>
            <option value="">{t("allDepartments")}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {locale === "ug" ? d.nameUg : d.nameZh}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className={buttonClasses.primary}>
        {t("show")}
      </button>
    </form>
  );
}
