// The latest decision date that already counts as "satisfied by default" when unrated: at least N working days
// (DEFAULT_SATISFIED_WORKING_DAYS) have passed between it and today (workingDaysBetween(cutoff, today) >= N). Worked
// out here with the official calendar (holidays, make-up working days), so the SQL only compares decidedOn <= cutoff.
import { isWorkingDay } from "@/lib/calendar/working-days";
import { addDays } from "./dashboard-period";

export function defaultSatisfiedCutoff(today: string, workingDays: number): string {
  let date = today;
  let counted = 0;
  while (counted < workingDays) {
    if (isWorkingDay(date)) counted++;
    date = addDays(date, -1);
  }
  return date;
}
