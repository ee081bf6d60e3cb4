// The period a dashboard shows, as Asia/Shanghai calendar dates (from and to, both included), and the instants
// its bounds stand for. Pure: the page, the CSV route and the tests read the same period from the same address.
// Kinds: this month, this quarter, the last 12 months (the current month and the 11 before it; the default), or a
// custom from/to of at most 3 years. A custom range that does not parse falls back to the default, flagged.
export const PERIOD_KINDS = ["month", "quarter", "year", "custom"] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export type DashboardPeriod = { kind: PeriodKind; from: string; to: string };

const DAY = 86_400_000;
const MAX_CUSTOM_DAYS = 3 * 366;

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

function monthStart(year: number, month: number): string {
  // month may run outside 1…12: Date.UTC rolls it over into the next or previous year.
  return new Date(Date.UTC(year, month - 1, 1)).toISOString().slice(0, 10);
}

function isDate(s: unknown): s is string {
  if (typeof s !== "string" || !/^\d{4}-\d\d-\d\d$/.test(s)) return false;
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

/** The period asked for in the address (period, from, to), relative to `today` (a Shanghai date). */
export function resolvePeriod(
  input: { period?: string; from?: string; to?: string },
  today: string,
): DashboardPeriod & { invalid: boolean } {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const kind = (PERIOD_KINDS as readonly string[]).includes(input.period ?? "") ? (input.period as PeriodKind) : "year";
  if (kind === "month") return { kind, from: monthStart(y, m), to: addDays(monthStart(y, m + 1), -1), invalid: false };
  if (kind === "quarter") {
    const q = Math.floor((m - 1) / 3) * 3 + 1;
    return { kind, from: monthStart(y, q), to: addDays(monthStart(y, q + 3), -1), invalid: false };
  }
  if (kind === "custom") {
    const { from, to } = input;
    if (isDate(from) && isDate(to) && from <= to && Date.parse(to) - Date.parse(from) <= MAX_CUSTOM_DAYS * DAY)
      return { kind, from, to, invalid: false };
    return { ...resolvePeriod({ period: "year" }, today), invalid: true };
  }
  return { kind: "year", from: monthStart(y, m - 11), to: addDays(monthStart(y, m + 1), -1), invalid: false };
}

/** The instants a period covers: from Shanghai midnight of `from` up to (not including) midnight after `to`. */
export function periodInstants(p: Pick<DashboardPeriod, "from" | "to">): { start: Date; end: Date } {
  return { start: new Date(`${p.from}T00:00:00+08:00`), end: new Date(`${addDays(p.to, 1)}T00:00:00+08:00`) };
}

/**
 * An instant as the text of a UTC `timestamp` (how Prisma stores DateTime), for raw SQL: cast with ::timestamp(3),
 * the parameter has the column's very type, so the range predicate can use the column's index (a timestamptz
 * parameter would make PostgreSQL convert the column instead, row by row).
 */
export function utcTimestamp(at: Date): string {
  return at.toISOString().replace("T", " ").replace("Z", "");
}

/** Every month (YYYY-MM) the period touches, in order: the monthly trend shows empty months as 0. */
export function monthsOf(p: Pick<DashboardPeriod, "from" | "to">): string[] {
  const out: string[] = [];
  let y = Number(p.from.slice(0, 4));
  let m = Number(p.from.slice(5, 7));
  const last = p.to.slice(0, 7);
  for (;;) {
    const ym = `${y}-${String(m).padStart(2, "0")}`;
    out.push(ym);
    if (ym >= last || out.length > 60) return out;
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
}

/** The period as one short text for audit rows and file names: "2026-01-01..2026-12-31". */
export function periodLabel(p: Pick<DashboardPeriod, "from" | "to">): string {
  return `${p.from}..${p.to}`;
}
