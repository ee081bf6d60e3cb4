import { describe, expect, it } from "vitest";
import {
  caseEffect,
  changeableUntil,
  cleanReasons,
  isBadRating,
  isSatisfied,
  ratableIn,
  rectificationDueBy,
} from "./evaluation-rules";

describe("evaluation rules", () => {
  it("1 and 2 are bad ratings; 3 and better count as satisfied", () => {
    expect([1, 2, 3, 4, 5].map(isBadRating)).toEqual([true, true, false, false, false]);
    expect([1, 2, 3, 4, 5].map(isSatisfied)).toEqual([false, false, true, true, true]);
  });

  it("online and by SMS only a decided application; at the terminal and window any submitted one", () => {
    expect(ratableIn("online", "submitted")).toBe(false);
    expect(ratableIn("online", "under_review")).toBe(false);
    expect(ratableIn("online", "approved")).toBe(true);
    expect(ratableIn("sms", "refused")).toBe(true);
    expect(ratableIn("online", "closed")).toBe(true);
    expect(ratableIn("terminal", "submitted")).toBe(true);
    expect(ratableIn("terminal", "draft")).toBe(false);
    expect(ratableIn("online", "withdrawn")).toBe(false);
  });

  it("a case is opened by a bad rating, withdrawn by a better one while open, and left alone otherwise", () => {
    expect(caseEffect(2, null)).toBe("open");
    expect(caseEffect(1, { status: "open" })).toBe("none");
    expect(caseEffect(1, { status: "withdrawn" })).toBe("open");
    expect(caseEffect(4, { status: "open" })).toBe("withdraw");
    expect(caseEffect(4, { status: "responded" })).toBe("none");
    expect(caseEffect(5, null)).toBe("none");
  });

  it("cases are due in working days across a weekend and the National Day holiday", () => {
    const five = { rectificationWorkingDays: 5 };
    expect(rectificationDueBy("2026-12-03", five)).toBe("2026-12-10"); // Thu → next Thu
    expect(rectificationDueBy("2026-09-30", five)).toBe("2026-10-13"); // 1–7 Oct off; Sat 10 Oct is a make-up working day
  });

  it("the change period counts calendar days from the rating", () => {
    const at = new Date("2026-12-03T02:00:00Z");
    expect(changeableUntil(at, { changeDays: 7 }).toISOString()).toBe("2026-12-10T02:00:00.000Z");
  });

  it("reasons keep only listed codes, once each, in the list's order", () => {
    expect(cleanReasons(["not_solved", "slow", "slow", "bribery"])).toEqual(["slow", "not_solved"]);
  });
});
