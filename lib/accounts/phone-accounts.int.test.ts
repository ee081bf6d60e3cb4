// Registration and sign-in by SMS code, reset, and the limits on codes: against a real database. The answers must
// not tell a known number from an unknown one, and the limits must hold under parallel requests.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createResident, newMobile, seedDepartments } from "@/lib/test-support/factories";
import { CODE_MAX_ATTEMPTS } from "@/lib/security/one-time-code";
import { sendPhoneCode } from "./send-phone-code";
import { signInWithCode } from "./sign-in-with-code";
import { resetPassword } from "./reset-password";
import { verifyPassword } from "@/lib/auth/password";
import { openSession } from "@/lib/auth/sessions/user-sessions";
import { CODES_PER_CLIENT, CODES_PER_NUMBER, PASSWORD_RESET, PHONE_SIGN_IN } from "./account-rules";
import { codeOnPhone } from "@/lib/test-support/fake-phone";

beforeAll(seedDepartments);

let ipSeq = 0;
const freshIp = () => `198.51.100.${++ipSeq}`;

const lastCode = codeOnPhone;

describe("sign-in by SMS code (and registration, the same proof)", () => {
  it("answers a known and an unknown number the same, and a number without an account gets one", async () => {
    const known = await createResident();
    const unknown = newMobile();
    const ip = freshIp();
    const a = await sendPhoneCode({ mobile: known.mobile, purpose: PHONE_SIGN_IN, locale: "zh", ip });
    const b = await sendPhoneCode({ mobile: unknown, purpose: PHONE_SIGN_IN, locale: "zh", ip });
    expect(a).toEqual(b);
    const signedIn = await signInWithCode({ mobile: known.mobile, code: await lastCode(known.mobile), ip });
    expect(signedIn).toMatchObject({ ok: true, user: { id: known.id }, created: false });
    const registered = await signInWithCode({ mobile: unknown, code: await lastCode(unknown), ip });
    expect(registered).toMatchObject({ ok: true, created: true, needsRealName: true });
    const account = await db.user.findUniqueOrThrow({ where: { mobile: unknown } });
    expect(account).toMatchObject({ role: "resident", assurance: "phone", passwordHash: null });
    // A wrong code is refused the same way for both.
    await db.rateBucket.deleteMany();
    await sendPhoneCode({ mobile: known.mobile, purpose: PHONE_SIGN_IN, locale: "zh", ip: freshIp() });
    const wrongFor = async (m: string) => (await signInWithCode({ mobile: m, code: "000000", ip })).ok;
    expect(await wrongFor(known.mobile)).toBe(false);
    expect(await wrongFor(newMobile())).toBe(false);
  });

  it("parallel wrong codes get at most five comparisons; the right code is then refused too", async () => {
    const mobile = newMobile();
    await sendPhoneCode({ mobile, purpose: PHONE_SIGN_IN, locale: "zh", ip: freshIp() });
    const right = await lastCode(mobile);
    const wrong = right === "111111" ? "222222" : "111111";
    const results = await Promise.all(
      Array.from({ length: 12 }, () => signInWithCode({ mobile, code: wrong, ip: null })),
    );
    const reasons = results.map((r) => (r.ok ? "ok" : r.reason));
    expect(reasons.filter((r) => r === "wrong")).toHaveLength(CODE_MAX_ATTEMPTS);
    expect(reasons.filter((r) => r === "tooManyAttempts")).toHaveLength(12 - CODE_MAX_ATTEMPTS);
    expect(await signInWithCode({ mobile, code: right, ip: null })).toEqual({ ok: false, reason: "tooManyAttempts" });
    expect(await db.user.count({ where: { mobile } })).toBe(0);
  });

  it("holds the per-number limit whatever address asks", async () => {
    const mobile = newMobile();
    // The one-a-minute rule would hide the hourly limit: the requests are a minute apart.
    const t0 = Date.now();
    const results = [];
    for (let i = 0; i < CODES_PER_NUMBER.max + 3; i++)
      results.push(
        await sendPhoneCode({
          mobile,
          purpose: PHONE_SIGN_IN,
          locale: "zh",
          ip: freshIp(),
          now: new Date(t0 + i * 61_000),
        }),
      );
    expect(results.filter((r) => r.ok)).toHaveLength(CODES_PER_NUMBER.max);
    expect(await db.outboxMessage.count({ where: { to: mobile } })).toBe(CODES_PER_NUMBER.max);
  });

  it("20 requests at once for one number (registration or sign-in) send exactly one code", async () => {
    const mobile = newMobile();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => sendPhoneCode({ mobile, purpose: PHONE_SIGN_IN, locale: "zh", ip: freshIp() })),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { to: mobile } })).toBe(1);
    expect(await db.oneTimeCode.count({ where: { subject: `tel:${mobile}` } })).toBe(1);
  });

  it("holds the per-client limit across many numbers", async () => {
    const ip = freshIp();
    const results = await Promise.all(
      Array.from({ length: CODES_PER_CLIENT.max + 4 }, () =>
        sendPhoneCode({ mobile: newMobile(), purpose: PHONE_SIGN_IN, locale: "zh", ip }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(CODES_PER_CLIENT.max);
    expect(results.filter((r) => !r.ok)).toHaveLength(4);
  });
});

describe("password reset", () => {
  it("answers a known and unknown number the same, sends only to the account, and ends every session", async () => {
    const r = await createResident();
    const unknown = newMobile();
    const ip = freshIp();
    const before = await db.outboxMessage.count();
    const a = await sendPhoneCode({ mobile: r.mobile, purpose: PASSWORD_RESET, locale: "zh", ip });
    const b = await sendPhoneCode({ mobile: unknown, purpose: PASSWORD_RESET, locale: "zh", ip });
    expect(a).toEqual(b);
    expect(await db.outboxMessage.count()).toBe(before + 1);
    // Asked again within the minute: both are told to wait, alike.
    const a2 = await sendPhoneCode({ mobile: r.mobile, purpose: PASSWORD_RESET, locale: "zh", ip });
    const b2 = await sendPhoneCode({ mobile: unknown, purpose: PASSWORD_RESET, locale: "zh", ip });
    expect(a2).toEqual(b2);
    expect(a2.ok).toBe(false);

    const sid = await openSession({ userId: r.id, channel: "online" });
    // A sign-in code cannot reset a password: the purpose is part of the code.
    expect(await resetPassword({ mobile: r.mobile, code: "123456", newPassword: "NewPass123", ip })).toMatchObject({
      ok: false,
    });
    const done = await resetPassword({
      mobile: r.mobile,
      code: await lastCode(r.mobile),
      newPassword: "NewPass123",
      ip,
    });
    expect(done).toMatchObject({ ok: true, user: { id: r.id } });
    const user = await db.user.findUniqueOrThrow({ where: { id: r.id } });
    expect(await verifyPassword(user.passwordHash!, "NewPass123")).toBe(true);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: sid } })).endedAt).not.toBeNull();
  });
});
