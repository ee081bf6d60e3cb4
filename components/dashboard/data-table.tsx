import type { Locale } from "@/lib/i18n/config";
import { cellText, type DashboardTable } from "@/lib/dashboard/dashboard-tables";

// One dashboard table: a caption, column headers and row headers with their scope, the numbers formatted for the
// locale and isolated (<bdi>) so a percentage or a count keeps its order in Uyghur text. The very texts the CSV has.
export function DataTable({ table, locale, none }: { table: DashboardTable; locale: Locale; none: string }) {
  return (
    // A table wider than the screen scrolls sideways: the region takes the focus so a keyboard can scroll it.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={table.caption}>
      <table className="w-full border-collapse text-base">
        <caption className="text-start text-lg font-semibold mb-2">{table.caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="text-start p-2">
              {table.rowHeader}
            </th>
            {table.columns.map((c) => (
              <th key={c} scope="col" className="text-end p-2">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.key} className="border-b border-line">
              <th scope="row" className="text-start font-normal p-2">
                {r.header}
              </th>
              {r.cells.map((c, i) => (
                <td key={i} className="text-end p-2 tabular-nums">
                  <bdi>{cellText(c, locale)}</bdi>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.rows.length === 0 && <p className="text-lg text-muted mt-2">{none}</p>}
    </div>
  );
}
