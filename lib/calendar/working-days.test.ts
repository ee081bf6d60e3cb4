import { describe, expect, it } from "vitest";
import { addWorkingDays, calendarCovers, isWorkingDay, workingDaysBetween } from "./working-days";

const test = {
  2030: { daysOff: ["2030-10-01", "2030-10-02", "2030-10-03"], makeUpWorkdays: ["2030-09-29"] },
};

describe("working days", () => {
  it("skips weekends", () => {
    // 2030-09-27 is a Friday; Sunday the 29th is a make-up workday in this test calendar.
    expect(addWorkingDays("2030-09-27", 1, test)).toBe("2030-09-29");
    expect(addWorkingDays("2030-09-27", 1, {})).toBe("2030-09-30");
  });
  it("skips public holidays and counts make-up workdays", () => {
    // From Mon 2030-09-30: Oct 1–3 off (Tue–Thu), Fri Oct 4 is the first working day after.
    expect(addWorkingDays("2030-09-30", 1, test)).toBe("2030-10-04");
    expect(addWorkingDays("2030-09-30", 2, test)).toBe("2030-10-07");
    expect(isWorkingDay("2030-09-29", test)).toBe(true);
    expect(isWorkingDay("2030-10-02", test)).toBe(false);
  });
  it("uses the official 2026 data: Spring Festival and its make-up Saturdays", () => {
    expect(isWorkingDay("2026-02-16")).toBe(false); // Spring Festival
    expect(isWorkingDay("2026-02-14")).toBe(true); // Saturday, make-up workday
    // Fri 2026-02-13 + 1 working day = Sat 2026-02-14 (make-up); + 2 = Tue 2026-02-24 (after the holiday).
    expect(addWorkingDays("2026-02-13", 1)).toBe("2026-02-14");
    expect(addWorkingDays("2026-02-13", 2)).toBe("2026-02-24");
  });
  it("counts working days between two dates", () => {
    expect(workingDaysBetween("2030-09-27", "2030-10-04", test)).toBe(3); // Sun 29 (make-up), Mon 30, Fri 4
    expect(workingDaysBetween("2030-10-04", "2030-10-01", test)).toBe(0);
  });
  it("knows which years it has data for", () => {
    expect(calendarCovers("2026-05-01")).toBe(true);
    expect(calendarCovers("2040-05-01")).toBe(false);
  });
});
