import { describe, expect, it } from "vitest";
import {
  afterFailure,
  afterSuccess,
  emptyThrottle,
  isLocked,
  LOCK_MINUTES,
  MAX_FAILURES,
  type ThrottleState,
} from "./lockout-rule";

const t0 = new Date("2026-11-25T10:00:00Z");
const later = (min: number) => new Date(t0.getTime() + min * 60_000);

function failTimes(n: number, at = t0): ThrottleState {
  let s = emptyThrottle;
  for (let i = 0; i < n; i++) s = afterFailure(s, at);
  return s;
}

describe("lockout rule", () => {
  it("locks after exactly 5 failures", () => {
    expect(MAX_FAILURES).toBe(5);
    expect(isLocked(failTimes(4), t0)).toBe(false);
    expect(isLocked(failTimes(5), t0)).toBe(true);
  });
  it("locks for 30 minutes", () => {
    expect(LOCK_MINUTES).toBe(30);
    const s = failTimes(5);
    expect(isLocked(s, later(29.9))).toBe(true);
    expect(isLocked(s, later(30))).toBe(false);
  });
  it("starts a fresh count once a lock has run out", () => {
    const s = afterFailure(failTimes(5), later(31));
    expect(s).toEqual({ failedCount: 1, lockedUntil: null });
  });
  it("a success clears the count", () => {
    expect(afterSuccess()).toEqual({ failedCount: 0, lockedUntil: null });
  });
  it("a failure during a lock extends nothing but keeps it locked", () => {
    const locked = failTimes(5);
    // The 6th failure comes 10 minutes into the lock: if it restarted the 30 minutes, the lock would end at 40.
    const s = afterFailure(locked, later(10));
    expect(s.lockedUntil).toEqual(later(LOCK_MINUTES));
    expect(isLocked(s, later(29.9))).toBe(true);
    expect(isLocked(s, later(30))).toBe(false);
  });
});
