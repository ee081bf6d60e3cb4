import { describe, expect, it } from "vitest";
import { CENSOR, scrubText, scrubValue } from "./scrub";

const ID = "65400219900101200X"; // a test identity's shape (demo registry)
const MOBILE = "13900000200";

describe("scrubText", () => {
  it("blanks an ID number (check digit X or a digit), a mobile (with or without +86) and a code beside its word", () => {
    expect(scrubText(`lookup ${ID} failed`)).toBe("lookup [id-number] failed");
    expect(scrubText("id=654002199001012002&x=1")).toBe("id=[id-number]&x=1");
    expect(scrubText(`sms to ${MOBILE}, +86 ${MOBILE} and 86${MOBILE}`)).toBe(
      "sms to [mobile], [mobile] and [mobile]", // the country code goes with it
    );
    expect(scrubText("您的验证码是123456，5分钟内有效")).toBe("您的验证码是[code]，5分钟内有效");
    expect(scrubText("code: 482913")).toBe("code: [code]");
    expect(scrubText("OTP 000111 expired")).toBe("OTP [code] expired");
    expect(scrubText("كىرىش دەلىللەش كودىڭىز 482913، 5 مىنۇت")).toBe("كىرىش دەلىللەش كودىڭىز [code]، 5 مىنۇت");
    expect(scrubText("482913 是您的验证码")).toBe("[code] 是您的验证码");
  });

  it("leaves numbers that are none of these: longer runs, masks, references, timestamps, counts", () => {
    for (const text of [
      "138****0001",
      "ID ending 150029",
      "YN2026DEMO000001",
      "digest 2915643087",
      "1764756000000 ms",
      "ref 123456 seen", // six digits with no code word near
      "P2002 unique constraint",
      "12345678901234567890", // 20 digits: not an ID number
    ])
      expect(scrubText(text), text).toBe(text);
  });
});

describe("scrubValue", () => {
  it("blanks sensitive keys at any depth and scrubs every string, errors included", () => {
    const err = Object.assign(new Error(`no account for ${MOBILE} (${ID})`), { code: "P2025" });
    const out = scrubValue({
      mobile: MOBILE,
      a: { b: { c: { idNumber: ID, note: `called ${MOBILE}` } } },
      list: [`验证码 123456`, 42],
      phoneAsNumber: 13900000200,
      err,
      requestId: "7K3M9QX2TR",
    }) as Record<string, unknown>;
    expect(out.mobile).toBe(CENSOR);
    expect(out.a).toEqual({ b: { c: { idNumber: CENSOR, note: "called [mobile]" } } });
    expect(out.list).toEqual(["验证码 [code]", 42]);
    expect(out.phoneAsNumber).toBe(CENSOR);
    expect(out.requestId).toBe("7K3M9QX2TR");
    const e = out.err as Record<string, string>;
    expect(e.message).toBe("no account for [mobile] ([id-number])");
    expect(e.stack).toContain("no account for [mobile] ([id-number])");
    expect(e.stack).not.toContain(MOBILE);
    expect(e.errorCode).toBe("P2025");
    expect(JSON.stringify(out)).not.toMatch(/13900000200|65400219900101200X/);
  });

  it("survives cycles and very deep objects", () => {
    const a: Record<string, unknown> = { name: "a" };
    a.self = a;
    expect(scrubValue(a)).toEqual({ name: "a", self: "[circular]" });
    let deep: Record<string, unknown> = { v: MOBILE };
    for (let i = 0; i < 10; i++) deep = { deep };
    expect(JSON.stringify(scrubValue(deep))).not.toContain(MOBILE);
  });
});
