import { describe, expect, it } from "vitest";
import { FAILURES_PER_CLIENT, FAILURES_PER_RESIDENT, pairSubject, TRIES_PER_ACCOUNT_AND_CLIENT } from "./lockout-rule";

describe("the sign-in limits", () => {
  it("five tries per account and address in 30 minutes; the wider limits are wider", () => {
    expect(TRIES_PER_ACCOUNT_AND_CLIENT).toMatchObject({ max: 5, windowMs: 30 * 60_000 });
    expect(FAILURES_PER_CLIENT.max).toBeGreaterThan(TRIES_PER_ACCOUNT_AND_CLIENT.max);
    expect(FAILURES_PER_RESIDENT.max).toBeGreaterThan(TRIES_PER_ACCOUNT_AND_CLIENT.max);
    expect(
      new Set([TRIES_PER_ACCOUNT_AND_CLIENT, FAILURES_PER_CLIENT, FAILURES_PER_RESIDENT].map((l) => l.name)).size,
    ).toBe(3);
  });

  it("an unknown address is one subject, never confused with an account", () => {
    expect(pairSubject("resident:13800000001", null)).toBe("resident:13800000001|unknown");
    expect(pairSubject("resident:13800000001", "192.0.2.1")).not.toBe(pairSubject("resident:13800000001", null));
  });
});
