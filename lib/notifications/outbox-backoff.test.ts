import { describe, expect, it } from "vitest";
import { backoffSchedule, DEFAULT_BACKOFF_SECONDS, maxAttempts, nextAttemptAfter } from "./outbox-backoff";

const t0 = new Date("2026-12-03T02:00:00Z");
const plus = (s: number) => new Date(t0.getTime() + s * 1000);

describe("outbox backoff", () => {
  it("waits longer after each failed try, then gives up", () => {
    const schedule = DEFAULT_BACKOFF_SECONDS;
    expect(nextAttemptAfter(1, t0, schedule)).toEqual(plus(30));
    expect(nextAttemptAfter(2, t0, schedule)).toEqual(plus(120));
    expect(nextAttemptAfter(3, t0, schedule)).toEqual(plus(600));
    expect(nextAttemptAfter(4, t0, schedule)).toEqual(plus(1800));
    expect(nextAttemptAfter(5, t0, schedule)).toBeNull();
    expect(maxAttempts(schedule)).toBe(5);
  });

  it("reads a schedule from the setting", () => {
    expect(backoffSchedule("1,2")).toEqual([1, 2]);
    expect(maxAttempts(backoffSchedule("1,2"))).toBe(3);
    expect(nextAttemptAfter(3, t0, backoffSchedule("1,2"))).toBeNull();
    expect(backoffSchedule(undefined)).toBe(DEFAULT_BACKOFF_SECONDS);
  });

  it("has no try zero", () => {
    expect(() => nextAttemptAfter(0, t0, [1])).toThrow();
  });
});
