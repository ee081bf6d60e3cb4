// Working-day arithmetic for promised and legal time limits. Dates are calendar dates (YYYY-MM-DD) in Asia/Shanghai.
// A time limit of N working days counts from the day after acceptance (受理次日起算).
import { officialCalendar, type YearCalendar } from "./official-calendar";

const DAY = 86_400_000;

function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

export function calendarCovers(date: string, calendar: Record<number, YearCalendar> = officialCalendar): boolean {
  return Number(date.slice(0, 4)) in calendar;
}

export function isWorkingDay(date: string, calendar: Record<number, YearCalendar> = officialCalendar): boolean {
  const year = calendar[Number(date.slice(0, 4))];
  if (year?.makeUpWorkdays.includes(date)) return true;
  if (year?.daysOff.includes(date)) return false;
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The date on which N working days after `start` have passed. */
export function addWorkingDays(
  start: string,
  n: number,
  calendar: Record<number, YearCalendar> = officialCalendar,
): string {
  let date = start;
  let left = n;
  while (left > 0) {
    date = addDays(date, 1);
    if (isWorkingDay(date, calendar)) left--;
  }
  return date;
}

/** Working days strictly after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(
  from: string,
  to: string,
  calendar: Record<number, YearCalendar> = officialCalendar,
): number {
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) count++;
  return count;
}
