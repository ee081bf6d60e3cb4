import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { StaffApplication } from "@/lib/applications/read/get-application-for-staff";
import { formatDateTime } from "@/lib/format/dates";

const mark = { pending: "○", approved: "✓", refused: "✗" } as const;

// 并行审批: each department's sign-off, the lead department first; a mark and words, never colour alone.
export async function DepartmentParts({ app, locale }: { app: StaffApplication; locale: Locale }) {
  const [t, ts] = await Promise.all([getT(locale, "workbench"), getT(locale, "services")]);
  const parts = [...app.parts].sort(
    (a, b) => Number(b.departmentId === app.service.department) - Number(a.departmentId === app.service.department),
  );
  return (
    <section aria-labelledby="parts-heading" className="mb-8">
      <h2 id="parts-heading" className="text-2xl font-bold mb-3">
        {t("detail.parts")}
      </h2>
      <ul className="space-y-2 text-lg">
        {parts.map((p) => {
          const status = t(`detail.partStatus.${p.status}`);
          return (
            <li key={p.departmentId} className="flex flex-wrap gap-x-3 border-s-4 border-line ps-3">
              <span className="font-semibold">{ts(`departments.${p.departmentId}`)}</span>
              <span>
                <span aria-hidden="true">{mark[p.status as keyof typeof mark] ?? ""} </span>
                {p.decidedAt ? t("detail.decidedAt", { status, time: formatDateTime(p.decidedAt, locale) }) : status}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
