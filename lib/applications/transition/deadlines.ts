// Time limits in working days (Asia/Shanghai calendar dates, YYYY-MM-DD). Pure; unit-tested across holidays.
// The clock stops while the resident is supplying missing material (补正期间不计入办理时限) and starts again on
// resubmission: every deadline moves by the working days the application waited.
import { addWorkingDays, workingDaysBetween } from "@/lib/calendar/working-days";

/** Days the intake decision may take: accept, refuse, or ask once for everything missing (行政许可法 art. 32). */
export const INTAKE_DAYS = 5;
/** An application this many working days or fewer before its promised date is "due soon". */
export const DUE_SOON_DAYS = 2;

export type Deadlines = { promisedBy: string; legalBy: string; acceptBy: string };

export function deadlinesAt(submittedOn: string, promisedDays: number, legalDays: number): Deadlines {
  return {
    promisedBy: addWorkingDays(submittedOn, promisedDays),
    legalBy: addWorkingDays(submittedOn, legalDays),
    acceptBy: addWorkingDays(submittedOn, INTAKE_DAYS),
  };
}

/** Working days lost to a pause from `pausedOn` (the request day) to `resumedOn` (the resubmission day). */
export function pausedWorkingDays(pausedOn: string, resumedOn: string): number {
  return workingDaysBetween(pausedOn, resumedOn);
}

/** A deadline moved on by the pause. */
export function resumeDeadline(deadline: string, pausedOn: string, resumedOn: string): string {
  return addWorkingDays(deadline, pausedWorkingDays(pausedOn, resumedOn));
}

export type Urgency = "overdue" | "dueSoon" | "onTime" | "paused";

/** How urgent an open application is on `today`. A paused one is not urgent for staff: it waits for the resident. */
export function urgencyOf(deadline: string | null | undefined, today: string, paused: boolean): Urgency {
  if (paused) return "paused";
  if (!deadline) return "onTime";
  if (deadline < today) return "overdue";
  return workingDaysBetween(today, deadline) <= DUE_SOON_DAYS ? "dueSoon" : "onTime";
}

/** The last date that is still "due soon" on `today` (DUE_SOON_DAYS working days or fewer away): one day before the
 * date on which one more working day has passed. With it a query can rank by urgency with plain date comparisons:
 * for any deadline on or after today, urgencyOf says "dueSoon" exactly when deadline <= dueSoonUntil(today). */
export function dueSoonUntil(today: string): string {
  const beyond = addWorkingDays(today, DUE_SOON_DAYS + 1);
  return new Date(Date.parse(`${beyond}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
