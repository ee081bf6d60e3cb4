import { describe, expect, it } from "vitest";
import { checkTotp, newTotpSecret, totpCodeAt, totpUri, TOTP_PERIOD_SECONDS } from "./totp";

const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const t0 = Date.UTC(2026, 11, 3, 8, 0, 10);
const step = TOTP_PERIOD_SECONDS * 1000;

describe("checkTotp", () => {
  it("accepts the current code and reports its step", async () => {
    const code = await totpCodeAt(secret, t0);
    const r = await checkTotp(secret, code, 0, t0);
    expect(r).toEqual({ ok: true, step: Math.floor(t0 / step) });
  });

  it("allows one step of clock drift either way, not two", async () => {
    expect((await checkTotp(secret, await totpCodeAt(secret, t0 - step), 0, t0)).ok).toBe(true);
    expect((await checkTotp(secret, await totpCodeAt(secret, t0 + step), 0, t0)).ok).toBe(true);
    expect((await checkTotp(secret, await totpCodeAt(secret, t0 - 3 * step), 0, t0)).ok).toBe(false);
    expect((await checkTotp(secret, await totpCodeAt(secret, t0 + 3 * step), 0, t0)).ok).toBe(false);
  });

  it("never accepts a step at or before the last one accepted (no replay)", async () => {
    const code = await totpCodeAt(secret, t0);
    const first = await checkTotp(secret, code, 0, t0);
    if (!first.ok) throw new Error("first use refused");
    expect(await checkTotp(secret, code, first.step, t0)).toEqual({ ok: false });
    // The next step's code is still good after that.
    expect((await checkTotp(secret, await totpCodeAt(secret, t0 + step), first.step, t0 + step)).ok).toBe(true);
  });

  it("refuses malformed codes and another secret's code", async () => {
    expect(await checkTotp(secret, "12345", 0, t0)).toEqual({ ok: false });
    expect(await checkTotp(secret, "abcdef", 0, t0)).toEqual({ ok: false });
    const other = newTotpSecret();
    expect(await checkTotp(secret, await totpCodeAt(other, t0), 0, t0)).toEqual({ ok: false });
  });
});

describe("totpUri", () => {
  it("is the otpauth URI authenticator apps scan", () => {
    const uri = totpUri(secret, "clerk01", "Yining");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(uri).toContain(`secret=${secret}`);
    expect(uri).toContain("issuer=Yining");
  });
});
