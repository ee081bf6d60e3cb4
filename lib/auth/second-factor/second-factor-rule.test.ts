import { describe, expect, it } from "vitest";
import {
  afterWrongCode,
  codeLocked,
  CODE_LOCK_MINUTES,
  MAX_CODE_FAILURES,
  type CodeThrottle,
} from "./second-factor-rule";

const t = (min: number) => new Date(Date.UTC(2026, 11, 3, 8, min));

describe("afterWrongCode", () => {
  it("locks at the fifth wrong code, for 15 minutes", () => {
    let s: CodeThrottle = { failedCount: 0, lockedUntil: null };
    for (let i = 1; i < MAX_CODE_FAILURES; i++) {
      s = afterWrongCode(s, t(i));
      expect(codeLocked(s, t(i))).toBe(false);
    }
    s = afterWrongCode(s, t(5));
    expect(s.lockedUntil).toEqual(t(5 + CODE_LOCK_MINUTES));
    expect(codeLocked(s, t(19))).toBe(true);
    expect(codeLocked(s, t(20))).toBe(false);
  });

  it("a wrong code during a lock does not extend it", () => {
    const locked = { failedCount: 5, lockedUntil: t(20) };
    expect(afterWrongCode(locked, t(10))).toEqual(locked);
  });

  it("counts afresh once a lock has run out", () => {
    expect(afterWrongCode({ failedCount: 5, lockedUntil: t(20) }, t(21))).toEqual({
      failedCount: 1,
      lockedUntil: null,
    });
  });
});
