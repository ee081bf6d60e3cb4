// The dashboard's tables, built once from the figures: the page shows them (each beside its chart) and the CSV
// export writes them, with the same headers and the same cell texts, so a download always matches the screen.
// Pure: the caller passes the locale's t() for the "dashboard" namespace.
import { intlLocale, type Locale } from "@/lib/i18n/config";
import { services } from "@/lib/services";
import type { Dashboard } from "./get-dashboard";

export const TABLE_IDS = [
  "summary",
  "volume-by-item",
  "volume-by-department",
  "volume-by-channel",
  "volume-by-month",
  "timeliness-by-item",
  "supplement-by-item",
  "satisfaction-by-score",
  "bad-reasons",
  "rectification-by-department",
] as const;
export type TableId = (typeof TABLE_IDS)[number];

export const isTableId = (s: unknown): s is TableId => (TABLE_IDS as readonly unknown[]).includes(s);

export type CellKind = "count" | "rate" | "days";
export type Cell = { value: number | null; kind: CellKind };
export type TableRow = { key: string; header: string; cells: Cell[] };
export type DashboardTable = { id: TableId; caption: string; rowHeader: string; columns: string[]; rows: TableRow[] };

type T = (key: string, options?: Record<string, unknown>) => string;

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, kind: CellKind): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      intlLocale[locale],
      kind === "rate"
        ? { style: "percent", maximumFractionDigits: 1 }
        : { maximumFractionDigits: kind === "days" ? 1 : 0 },
    );
    numberFormats.set(key, f);
  }
  return f;
}

/** A cell as text: the same on screen and in the CSV. No value (a rate of nothing) is a dash. */
export function cellText(cell: Cell, locale: Locale): string {
  return cell.value === null ? "—" : numberFormat(locale, cell.kind).format(cell.value);
}

const count = (value: number): Cell => ({ value, kind: "count" });
const rate = (value: number | null): Cell => ({ value, kind: "rate" });
const days = (value: number | null): Cell => ({ value, kind: "days" });

export function monthName(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { year: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

export function dashboardTables(d: Dashboard, locale: Locale, t: T): DashboardTable[] {
  const itemName = (code: string) => {
    const s = services.find((x) => x.code === code);
    return s ? s.title[locale] : code;
  };
  const deptName = (id: string) => {
    const dep = d.departments.find((x) => x.id === id);
    return dep ? (locale === "ug" ? dep.nameUg : dep.nameZh) : id;
  };
  const table = (id: TableId, rowHeader: string, columns: string[], rows: TableRow[]): DashboardTable => ({
    id,
    caption: t(`tables.${id}`),
    rowHeader: t(`columns.${rowHeader}`),
    columns: columns.map((c) => t(`columns.${c}`)),
    rows,
  });
  const { volume, timeliness, satisfaction, rectification } = d;
  const tables: DashboardTable[] = [
    table(
      "summary",
      "figure",
      ["value"],
      [
        { key: "submitted", header: t("summary.submitted"), cells: [count(volume.total)] },
        { key: "decided", header: t("summary.decided"), cells: [count(timeliness.overall.decided)] },
        {
          key: "onTimePromised",
          header: t("summary.onTimePromised"),
          cells: [rate(timeliness.overall.onTimePromised)],
        },
        { key: "onTimeLegal", header: t("summary.onTimeLegal"), cells: [rate(timeliness.overall.onTimeLegal)] },
        { key: "averageDays", header: t("summary.averageDays"), cells: [days(timeliness.overall.averageDays)] },
        { key: "p90Days", header: t("summary.p90Days"), cells: [days(timeliness.overall.p90Days)] },
        { key: "ratings", header: t("summary.ratings"), cells: [count(satisfaction.ratings)] },
        { key: "satisfaction", header: t("summary.satisfaction"), cells: [rate(satisfaction.rate)] },
        {
          key: "defaultSatisfied",
          header: t("summary.defaultSatisfied", { days: d.defaultSatisfiedWorkingDays }),
          cells: [count(satisfaction.defaultSatisfied)],
        },
        { key: "defaultRate", header: t("summary.defaultRate"), cells: [rate(satisfaction.defaultRate)] },
        { key: "casesOpened", header: t("summary.casesOpened"), cells: [count(rectification.overall.opened)] },
        { key: "rectificationRate", header: t("summary.rectificationRate"), cells: [rate(rectification.overall.rate)] },
        { key: "responseDays", header: t("summary.responseDays"), cells: [days(rectification.overall.averageDays)] },
        { key: "overdue", header: t("summary.overdue"), cells: [count(rectification.overall.overdue)] },
      ],
    ),
    table(
      "volume-by-item",
      "item",
      ["submitted"],
      volume.byItem.map((r) => ({ key: r.code, header: itemName(r.code), cells: [count(r.count)] })),
    ),
  ];
  if (d.scope.departmentId === null)
    tables.push(
      table(
        "volume-by-department",
        "department",
        ["submitted"],
        volume.byDepartment.map((r) => ({
          key: r.departmentId,
          header: deptName(r.departmentId),
          cells: [count(r.count)],
        })),
      ),
    );
  tables.push(
    table(
      "volume-by-channel",
      "channel",
      ["submitted"],
      volume.byChannel.map((r) => ({ key: r.channel, header: t(`channel.${r.channel}`), cells: [count(r.count)] })),
    ),
    table(
      "volume-by-month",
      "month",
      ["submitted"],
      volume.byMonth.map((r) => ({ key: r.month, header: monthName(r.month, locale), cells: [count(r.count)] })),
    ),
    table(
      "timeliness-by-item",
      "item",
      ["decided", "onTimePromised", "onTimeLegal", "averageDays", "p90Days"],
      timeliness.byItem.map((r) => ({
        key: r.code,
        header: itemName(r.code),
        cells: [count(r.decided), rate(r.onTimePromised), rate(r.onTimeLegal), days(r.averageDays), days(r.p90Days)],
      })),
    ),
    table(
      "supplement-by-item",
      "item",
      ["submitted", "supplemented", "supplementRate"],
      d.supplements.map((r) => ({
        key: r.code,
        header: itemName(r.code),
        cells: [count(r.submitted), count(r.supplemented), rate(r.rate)],
      })),
    ),
    table(
      "satisfaction-by-score",
      "score",
      ["ratings"],
      satisfaction.byScore.map((r) => ({
        key: String(r.score),
        header: t(`evaluation:score.${r.score}`),
        cells: [count(r.count)],
      })),
    ),
    table(
      "bad-reasons",
      "reason",
      ["ratings"],
      d.badReasons.map((r) => ({ key: r.reason, header: t(`evaluation:reason.${r.reason}`), cells: [count(r.count)] })),
    ),
    table(
      "rectification-by-department",
      "department",
      ["casesOpened", "responded", "rectificationRate", "responseDays", "overdue"],
      rectification.byDepartment.map((r) => ({
        key: r.departmentId,
        header: deptName(r.departmentId),
        cells: [count(r.opened), count(r.responded), rate(r.rate), days(r.averageDays), count(r.overdue)],
      })),
    ),
  );
  return tables;
}

/** One table as CSV: UTF-8 with a byte-order mark (Excel then reads Chinese and Uyghur right), CRLF line ends. */
export function tableCsv(table: DashboardTable, locale: Locale): string {
  const field = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const lines = [
    [table.rowHeader, ...table.columns],
    ...table.rows.map((r) => [r.header, ...r.cells.map((c) => cellText(c, locale))]),
  ];
  return "\uFEFF" + lines.map((l) => l.map(field).join(",")).join("\r\n") + "\r\n";
}
