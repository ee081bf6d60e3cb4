import { describe, expect, it } from "vitest";
import { isIdleExpired } from "./session-cookie";

const now = Date.parse("2026-11-25T10:00:00Z");
describe("staff idle expiry", () => {
  it("ends a staff session after 30 idle minutes", () => {
    expect(isIdleExpired("clerk", now - 29 * 60_000, now)).toBe(false);
    expect(isIdleExpired("reviewer", now - 31 * 60_000, now)).toBe(true);
  });
  it("ends a resident's online session after 30 idle minutes, a kiosk's after 3", () => {
    expect(isIdleExpired("resident", now - 29 * 60_000, now)).toBe(false);
    expect(isIdleExpired("resident", now - 31 * 60_000, now)).toBe(true);
    expect(isIdleExpired("resident", now - 2 * 60_000, now, "terminal")).toBe(false);
    expect(isIdleExpired("resident", now - 4 * 60_000, now, "terminal")).toBe(true);
  });
  it("distrusts a staff token without an activity time", () => {
    expect(isIdleExpired("admin", undefined, now)).toBe(true);
  });
});
