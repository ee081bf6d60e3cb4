import { describe, expect, it } from "vitest";
import {
  minutesToWait,
  verdictAfterHit,
  verdictOfPeek,
  windowCutoff,
  windowExpired,
  type Limit,
} from "./rate-limit-window";

const limit: Limit = { name: "test", max: 3, windowMs: 10 * 60_000 };
const t0 = new Date("2026-12-01T08:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("fixed window", () => {
  it("a window ends exactly windowMs after it started", () => {
    expect(windowExpired(t0, at(limit.windowMs - 1), limit.windowMs)).toBe(false);
    expect(windowExpired(t0, at(limit.windowMs), limit.windowMs)).toBe(true);
    expect(windowCutoff(at(limit.windowMs), limit.windowMs)).toEqual(t0);
  });

  it("counted requests: up to max are allowed, the next one waits for the rest of the window", () => {
    for (let count = 1; count <= limit.max; count++)
      expect(verdictAfterHit({ count, windowStart: t0 }, limit, at(1000))).toEqual({ allowed: true });
    expect(verdictAfterHit({ count: limit.max + 1, windowStart: t0 }, limit, at(4 * 60_000))).toEqual({
      allowed: false,
      retryAfterMs: 6 * 60_000,
    });
  });

  it("peeking: allowed while fewer than max were counted in the current window", () => {
    expect(verdictOfPeek(null, limit, t0)).toEqual({ allowed: true });
    expect(verdictOfPeek({ count: limit.max - 1, windowStart: t0 }, limit, at(1000))).toEqual({ allowed: true });
    expect(verdictOfPeek({ count: limit.max, windowStart: t0 }, limit, at(60_000))).toEqual({
      allowed: false,
      retryAfterMs: 9 * 60_000,
    });
  });

  it("an expired bucket no longer blocks", () => {
    expect(verdictOfPeek({ count: 99, windowStart: t0 }, limit, at(limit.windowMs))).toEqual({ allowed: true });
  });

  it("never tells anyone to wait 0 minutes", () => {
    expect(minutesToWait(0)).toBe(1);
    expect(minutesToWait(1)).toBe(1);
    expect(minutesToWait(60_000)).toBe(1);
    expect(minutesToWait(60_001)).toBe(2);
  });
});
