// When a message that failed is tried again: after each failed try, the next wait of the schedule; after the try that
// follows the last wait, never (the message is then "failed" and an administrator decides). Pure, unit-tested.
// Default: 30 s, 2 min, 10 min, 30 min, so five tries over about 43 minutes — long enough to ride out a gateway
// restart, short enough that the administrator hears of a dead number the same hour.

export const DEFAULT_BACKOFF_SECONDS = [30, 120, 600, 1800] as const;

/** The schedule from OUTBOX_BACKOFF_SECONDS ("30,120,…"), or the default. */
export function backoffSchedule(setting: string | undefined): readonly number[] {
  if (!setting) return DEFAULT_BACKOFF_SECONDS;
  return setting.split(",").map(Number);
}

/** How many tries a message gets in all. */
export function maxAttempts(schedule: readonly number[]): number {
  return schedule.length + 1;
}

/**
 * After the `attempts`-th failed try (1 for the first), when to try again, or null when that was the last try.
 */
export function nextAttemptAfter(attempts: number, now: Date, schedule: readonly number[]): Date | null {
  if (attempts < 1) throw new Error("nextAttemptAfter: attempts starts at 1");
  const wait = schedule[attempts - 1];
  return wait === undefined ? null : new Date(now.getTime() + wait * 1000);
}
