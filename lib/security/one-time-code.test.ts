import { describe, expect, it } from "vitest";
import {
  checkCode,
  CODE_MAX_ATTEMPTS,
  CODE_TTL_MS,
  hashCode,
  mayResend,
  newCode,
  type StoredCode,
} from "./one-time-code";

const secret = "test-secret";
const now = new Date("2026-12-01T10:00:00Z");
const stored = (over: Partial<StoredCode> = {}): StoredCode => ({
  id: "row1",
  codeHash: hashCode(secret, "row1", "123456"),
  attempts: 0,
  expiresAt: new Date(now.getTime() + CODE_TTL_MS),
  usedAt: null,
  ...over,
});

describe("one-time codes", () => {
  it("makes six-digit codes", () => {
    for (let i = 0; i < 50; i++) expect(newCode()).toMatch(/^\d{6}$/);
  });
  it("accepts the right code, with spaces typed in it", () => {
    expect(checkCode(stored(), "123456", secret, now)).toBe("ok");
    expect(checkCode(stored(), "123 456", secret, now)).toBe("ok");
  });
  it("refuses a wrong code, a code of another row and a code hashed with another secret", () => {
    expect(checkCode(stored(), "123457", secret, now)).toBe("wrong");
    expect(checkCode(stored({ id: "row2" }), "123456", secret, now)).toBe("wrong");
    expect(checkCode(stored(), "123456", "other", now)).toBe("wrong");
  });
  it("refuses expired, used and over-tried codes even when right", () => {
    expect(checkCode(stored({ expiresAt: now }), "123456", secret, now)).toBe("expired");
    expect(checkCode(stored({ usedAt: now }), "123456", secret, now)).toBe("used");
    expect(checkCode(stored({ attempts: CODE_MAX_ATTEMPTS }), "123456", secret, now)).toBe("tooManyAttempts");
    expect(checkCode(null, "123456", secret, now)).toBe("expired");
  });
  it("tells a malformed entry apart without looking anything up", () => {
    expect(checkCode(stored(), "12345", secret, now)).toBe("malformed");
    expect(checkCode(stored(), "abcdef", secret, now)).toBe("malformed");
  });
  it("allows a resend once a minute", () => {
    expect(mayResend(null, now)).toBe(true);
    expect(mayResend(new Date(now.getTime() - 30_000), now)).toBe(false);
    expect(mayResend(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
});
