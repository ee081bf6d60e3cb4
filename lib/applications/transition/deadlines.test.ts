import { describe, expect, it } from "vitest";
import { deadlinesAt, dueSoonUntil, pausedWorkingDays, resumeDeadline, urgencyOf } from "./deadlines";

describe("deadlines", () => {
  it("counts promised, legal and intake limits in working days across the 2026 mid-autumn and national-day holidays", () => {
    // Mon 2026-09-21; Sep 25–27 and Oct 1–7 are days off, Sat Oct 10 is a make-up workday.
    const d = deadlinesAt("2026-09-21", 10, 20);
    expect(d.acceptBy).toBe("2026-09-29");
    expect(d.promisedBy).toBe("2026-10-12");
    expect(d.legalBy).toBe("2026-10-26");
  });

  it("pauses the clock while the resident supplies material: the deadline moves by the working days waited", () => {
    // Asked on Thu Sep 24, resubmitted Fri Oct 9: Sep 28, 29, 30, Oct 8, 9 were working days (holidays not counted).
    expect(pausedWorkingDays("2026-09-24", "2026-10-09")).toBe(5);
    expect(resumeDeadline("2026-10-12", "2026-09-24", "2026-10-09")).toBe("2026-10-19");
  });

  it("loses nothing when the material comes back on the day it was asked for", () => {
    expect(resumeDeadline("2026-10-12", "2026-09-24", "2026-09-24")).toBe("2026-10-12");
  });

  it("marks overdue, due-soon, on-time and paused applications", () => {
    expect(urgencyOf("2026-10-12", "2026-10-13", false)).toBe("overdue");
    expect(urgencyOf("2026-10-12", "2026-10-09", false)).toBe("dueSoon"); // Oct 10 (make-up) and Oct 12 are left
    expect(urgencyOf("2026-10-12", "2026-10-08", false)).toBe("onTime"); // three working days left
    expect(urgencyOf("2026-10-12", "2026-09-28", false)).toBe("onTime");
    expect(urgencyOf("2026-10-12", "2026-10-13", true)).toBe("paused");
    expect(urgencyOf(null, "2026-10-13", false)).toBe("onTime");
  });
});

describe("dueSoonUntil", () => {
  it("agrees with urgencyOf on every deadline from today for two months, across holidays", () => {
    for (const today of ["2026-09-28", "2026-10-09", "2026-12-03", "2026-12-31", "2026-02-13"]) {
      const limit = dueSoonUntil(today);
      for (let i = 0; i < 60; i++) {
        const deadline = new Date(Date.parse(`${today}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
        expect(urgencyOf(deadline, today, false) === "dueSoon", `${today} → ${deadline}`).toBe(deadline <= limit);
      }
    }
  });
});
