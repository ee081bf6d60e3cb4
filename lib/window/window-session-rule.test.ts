import { describe, expect, it } from "vitest";
import { WINDOW_SESSION_MS, windowAccess, type WindowSessionRow } from "./window-session-rule";

const now = new Date("2026-12-01T04:00:00Z");
const row = (over: Partial<WindowSessionRow> = {}): WindowSessionRow => ({
  clerkId: "c1",
  consentedAt: null,
  endedAt: null,
  createdAt: new Date(now.getTime() - 60_000),
  ...over,
});

describe("window session access", () => {
  it("gives nothing without a session or to another clerk", () => {
    expect(windowAccess(null, "c1", now)).toBe("none");
    expect(windowAccess(row({ consentedAt: now }), "c2", now)).toBe("none");
  });
  it("waits for consent before the profile opens", () => {
    expect(windowAccess(row(), "c1", now)).toBe("awaitingConsent");
    expect(windowAccess(row({ consentedAt: now }), "c1", now)).toBe("consented");
  });
  it("closes an ended session and one past its lifetime, consented or not", () => {
    expect(windowAccess(row({ consentedAt: now, endedAt: now }), "c1", now)).toBe("closed");
    expect(
      windowAccess(row({ consentedAt: now, createdAt: new Date(now.getTime() - WINDOW_SESSION_MS) }), "c1", now),
    ).toBe("closed");
    expect(windowAccess(row({ createdAt: new Date(now.getTime() - WINDOW_SESSION_MS - 1) }), "c1", now)).toBe("closed");
  });
});
