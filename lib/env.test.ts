import { afterEach, describe, expect, it, vi } from "vitest";
import { authSecret, env } from "./env";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the environment", () => {
  it("refuses a malformed setting, naming it", () => {
    vi.stubEnv("PUBLIC_BASE_URL", "not a url");
    expect(() => env()).toThrow(/PUBLIC_BASE_URL/);
  });
  it("has no built-in signing secret: without one, signing refuses", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "");
    // An empty value is not a secret either (shorter than 16 characters).
    expect(() => authSecret()).toThrow(/NEXTAUTH_SECRET/);
    vi.unstubAllEnvs();
    delete process.env.NEXTAUTH_SECRET;
    expect(() => authSecret()).toThrow(/NEXTAUTH_SECRET is not set/);
  });
  it("refuses a proxy hop count that is not a small whole number", () => {
    vi.stubEnv("TRUST_PROXY_HOPS", "yes");
    expect(() => env()).toThrow(/TRUST_PROXY_HOPS/);
  });
  it("reads a valid setting", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "a-long-enough-test-secret");
    vi.stubEnv("TRUST_PROXY_HOPS", "2");
    expect(authSecret()).toBe("a-long-enough-test-secret");
    expect(env().TRUST_PROXY_HOPS).toBe(2);
  });
});
