import { describe, expect, it } from "vitest";
import { isIdleExpired } from "./session-cookie";

const now = Date.parse("2026-11-25T10:00:00Z");
describe("staff idle expiry", () => {
  it("ends a staff session after 30 idle minutes", () => {
    expect(isIdleExpired("clerk", now - 29 * 60_000, now)).toBe(false);
    expect(isIdleExpired("reviewer", now - 31 * 60_000, now)).toBe(true);
  });
  it("never applies to residents", () => {
    expect(isIdleExpired("resident", now - 10 * 60 * 60_000, now)).toBe(false);
  });
  it("distrusts a staff token without an activity time", () => {
    expect(isIdleExpired("admin", undefined, now)).toBe(true);
  });
});
