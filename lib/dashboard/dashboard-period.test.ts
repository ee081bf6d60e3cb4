import { describe, expect, it } from "vitest";
import { monthsOf, periodInstants, resolvePeriod } from "./dashboard-period";
import { defaultSatisfiedCutoff } from "./default-satisfied-cutoff";

describe("resolvePeriod", () => {
  const today = "2026-02-14";
  it("this month, this quarter, the last 12 months (the default)", () => {
    expect(resolvePeriod({ period: "month" }, today)).toEqual({
      kind: "month",
      from: "2026-02-01",
      to: "2026-02-28",
      invalid: false,
    });
    expect(resolvePeriod({ period: "quarter" }, "2026-12-03")).toMatchObject({ from: "2026-10-01", to: "2026-12-31" });
    expect(resolvePeriod({}, today)).toEqual({ kind: "year", from: "2025-03-01", to: "2026-02-28", invalid: false });
    expect(resolvePeriod({ period: "bogus" }, today).kind).toBe("year");
  });

  it("a custom range, refused when reversed, malformed or longer than 3 years", () => {
    expect(resolvePeriod({ period: "custom", from: "2026-01-05", to: "2026-01-05" }, today)).toMatchObject({
      kind: "custom",
      from: "2026-01-05",
      to: "2026-01-05",
      invalid: false,
    });
    for (const bad of [
      { from: "2026-02-01", to: "2026-01-01" },
      { from: "2026-02-30", to: "2026-03-01" },
      { from: "x", to: "2026-03-01" },
      { from: "2020-01-01", to: "2026-01-01" },
    ])
      expect(resolvePeriod({ period: "custom", ...bad }, today)).toMatchObject({ kind: "year", invalid: true });
  });

  it("bounds at Shanghai midnight, months listed in order", () => {
    expect(periodInstants({ from: "2026-11-01", to: "2026-11-30" })).toEqual({
      start: new Date("2026-10-31T16:00:00Z"),
      end: new Date("2026-11-30T16:00:00Z"),
    });
    expect(monthsOf({ from: "2025-11-15", to: "2026-02-01" })).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
  });
});

describe("defaultSatisfiedCutoff", () => {
  it("steps back over weekends and holidays", () => {
    // Thursday 2026-12-03: 12-03, 12-02, 12-01, 11-30, (weekend), 11-27 are five working days.
    expect(defaultSatisfiedCutoff("2026-12-03", 5)).toBe("2026-11-26");
    expect(defaultSatisfiedCutoff("2026-12-03", 0)).toBe("2026-12-03");
  });
});
