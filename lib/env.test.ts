import { afterEach, describe, expect, it, vi } from "vitest";
import { assertReadyToServe, authSecret, env, faultPointsEnabled, FAULT_POINTS_FLAG, smsSetting } from "./env";

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
  describe("a production start", () => {
    const good = {
      NODE_ENV: "production",
      NEXTAUTH_SECRET: "a-long-enough-test-secret",
      DATA_KEYS: `k1:${Buffer.alloc(32, 1).toString("base64")}`,
      DATA_HMAC_KEY: Buffer.alloc(32, 2).toString("base64"),
      SMS_GATEWAY_URL: "https://sms.example/send",
    };
    const stub = (over: Record<string, string | undefined>) => {
      for (const [k, v] of Object.entries({ ...good, ...over })) vi.stubEnv(k, v);
    };
    it("starts with every secret and an SMS gateway", () => {
      stub({});
      expect(() => assertReadyToServe()).not.toThrow();
      expect(smsSetting()).toEqual({ kind: "gateway", url: "https://sms.example/send" });
    });
    it.each(["NEXTAUTH_SECRET", "DATA_KEYS", "DATA_HMAC_KEY", "SMS_GATEWAY_URL"])("refuses without %s", (name) => {
      stub({ [name]: undefined });
      expect(() => assertReadyToServe()).toThrow(new RegExp(`refusing to start in production without ${name}`));
    });
    it("has no SMS default in production (codes would go nowhere), but development has the fake phone", () => {
      stub({ SMS_GATEWAY_URL: undefined });
      expect(smsSetting()).toBeNull();
      vi.stubEnv("NODE_ENV", "development");
      expect(smsSetting()).toEqual({ kind: "fake-phone" });
      expect(() => assertReadyToServe()).not.toThrow();
    });
  });
  describe("fault points (crash-safety tests only)", () => {
    it("refuses to start a server that names a fault point without the test-only flag, in any mode", () => {
      for (const mode of ["production", "development"]) {
        vi.stubEnv("NODE_ENV", mode);
        vi.stubEnv("PORTAL_FAULT_POINT", "submit.after-commit");
        expect(() => assertReadyToServe()).toThrow(/PORTAL_FAULT_POINT/);
        expect(faultPointsEnabled()).toBe(false);
      }
    });
    it("refuses any other value of the flag, and arms the point only with both settings", () => {
      vi.stubEnv("PORTAL_FAULT_POINTS", "1");
      expect(() => env()).toThrow(/PORTAL_FAULT_POINTS/);
      vi.stubEnv("PORTAL_FAULT_POINTS", FAULT_POINTS_FLAG);
      expect(faultPointsEnabled()).toBe(false);
      vi.stubEnv("PORTAL_FAULT_POINT", "submit.after-commit");
      expect(faultPointsEnabled()).toBe(true);
      expect(() => assertReadyToServe()).not.toThrow();
    });
  });
});
