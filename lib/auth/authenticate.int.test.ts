// Password sign-in against the real rate-limit table. Every try is counted in one atomic statement before the
// password is checked, so parallel guesses cannot get more checks than the limit. The limits (lockout-rule.ts):
// tries at one account from one client address, failed tries from one client address across accounts, and failed
// tries at one resident account from anywhere. A stranger elsewhere cannot lock the owner out of their own address,
// a resident always gets back in with an SMS code, and a locked sign-in is answered exactly like a wrong password.
import { codeOnPhone } from "@/lib/test-support/fake-phone";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { authenticate } from "./authenticate";
import { FAILURES_PER_CLIENT, FAILURES_PER_RESIDENT, TRIES_PER_ACCOUNT_AND_CLIENT } from "./lockout-rule";
import * as password from "./password";
import { sendPhoneCode } from "@/lib/accounts/send-phone-code";
import { signInWithCode } from "@/lib/accounts/sign-in-with-code";
import { resetPassword } from "@/lib/accounts/reset-password";
import { PASSWORD_RESET, PHONE_SIGN_IN } from "@/lib/accounts/account-rules";
import { createResident, createStaff, newMobile, seedDepartments, TEST_PASSWORD } from "@/lib/test-support/factories";

beforeAll(seedDepartments);

const MAX = TRIES_PER_ACCOUNT_AND_CLIENT.max;
const t0 = new Date("2026-12-01T02:00:00Z");
const minutes = (m: number) => new Date(t0.getTime() + m * 60_000);
const WRONG = { ok: false, reason: "invalid" };

const resident = (login: string, pw: string, ip: string, now = t0) =>
  authenticate({ audience: "resident", login, password: pw, ip, now });

/** How many passwords were actually checked (a real hash or the dummy one) while `run` ran. */
async function checksDuring(run: () => Promise<unknown>): Promise<number> {
  const real = vi.spyOn(password, "verifyPassword");
  const dummy = vi.spyOn(password, "verifyAgainstDummy");
  try {
    await run();
    return real.mock.calls.length + dummy.mock.calls.length;
  } finally {
    vi.restoreAllMocks();
  }
}

const lastCode = codeOnPhone;

const parallel = <T>(n: number, f: (i: number) => Promise<T>) => Promise.all(Array.from({ length: n }, (_, i) => f(i)));

describe("authenticate", () => {
  it("signs a resident in with the right password and records it", async () => {
    const r = await createResident();
    expect(await resident(r.mobile, TEST_PASSWORD, "192.0.2.9", new Date())).toMatchObject({
      ok: true,
      user: { id: r.id, role: "resident" },
    });
    expect(
      await db.auditLog.findFirst({ where: { action: "auth.sign_in", actorId: r.id }, select: { ip: true } }),
    ).toEqual({ ip: "192.0.2.9" });
  });

  it("20 wrong passwords at once from one client: exactly the limit is checked, then even the right one is refused", async () => {
    const r = await createResident();
    const checks = await checksDuring(() => parallel(20, () => resident(r.mobile, "wrong-password1", "203.0.113.10")));
    expect(checks).toBe(MAX);
    expect(await resident(r.mobile, TEST_PASSWORD, "203.0.113.10", minutes(1))).toEqual(WRONG);
    expect(await db.auditLog.count({ where: { action: "auth.locked" } })).toBeGreaterThanOrEqual(1);
  });

  it("a locked sign-in is answered exactly like a wrong password, for known and unknown logins", async () => {
    const r = await createResident();
    const answers = [];
    for (let i = 0; i < MAX + 2; i++) answers.push(await resident(r.mobile, `wrong-${i}x`, "203.0.113.11"));
    for (let i = 0; i < MAX + 2; i++) answers.push(await resident(newMobile(), `wrong-${i}x`, "203.0.113.12"));
    expect(answers.every((a) => JSON.stringify(a) === JSON.stringify(WRONG))).toBe(true);
  });

  it("a stranger at another address cannot lock the owner out of theirs", async () => {
    const r = await createResident();
    for (let i = 0; i < MAX + 3; i++) await resident(r.mobile, `wrong-${i}x`, "203.0.113.13");
    expect(await resident(r.mobile, TEST_PASSWORD, "198.51.100.13", minutes(1))).toMatchObject({ ok: true });
  });

  it("the lock of an account at one address runs out with its window, and a success clears the count", async () => {
    const r = await createResident();
    for (let i = 0; i < MAX; i++) await resident(r.mobile, `wrong-${i}x`, "203.0.113.14");
    expect(await resident(r.mobile, TEST_PASSWORD, "203.0.113.14", minutes(29))).toEqual(WRONG);
    expect(await resident(r.mobile, TEST_PASSWORD, "203.0.113.14", minutes(31))).toMatchObject({ ok: true });
    for (let i = 0; i < MAX - 1; i++) await resident(r.mobile, `wrong-${i}x`, "203.0.113.14", minutes(32));
    expect(await resident(r.mobile, TEST_PASSWORD, "203.0.113.14", minutes(33))).toMatchObject({ ok: true });
  });

  it("one client guessing across many accounts: exactly the per-client limit of failures is checked", async () => {
    const n = FAILURES_PER_CLIENT.max + 10;
    const checks = await checksDuring(() =>
      parallel(n, () => resident(newMobile(), "wrong-password1", "203.0.113.15")),
    );
    expect(checks).toBe(FAILURES_PER_CLIENT.max);
    // Another client is not affected.
    const r = await createResident();
    expect(await resident(r.mobile, TEST_PASSWORD, "198.51.100.15")).toMatchObject({ ok: true });
  });

  it("successful sign-ins do not use up a hall's shared allowance", async () => {
    const people = await Promise.all(Array.from({ length: 4 }, () => createResident()));
    for (let round = 0; round < FAILURES_PER_CLIENT.max / 4 + 2; round++)
      for (const p of people) expect((await resident(p.mobile, TEST_PASSWORD, "203.0.113.16")).ok).toBe(true);
  });

  it("guessing one resident account from many addresses locks its password sign-in; an SMS code gets the owner back in", async () => {
    const r = await createResident();
    const n = FAILURES_PER_RESIDENT.max + 10;
    const checks = await checksDuring(() =>
      parallel(n, (i) => resident(r.mobile, "wrong-password1", `203.0.114.${i + 1}`)),
    );
    expect(checks).toBe(FAILURES_PER_RESIDENT.max);
    expect(await resident(r.mobile, TEST_PASSWORD, "198.51.100.17", minutes(1))).toEqual(WRONG);
    // The way back: a code to the phone on record signs the owner in and clears the lock.
    expect(
      await sendPhoneCode({ mobile: r.mobile, purpose: PHONE_SIGN_IN, locale: "zh", ip: "198.51.100.17" }),
    ).toEqual({ ok: true });
    expect(
      await signInWithCode({ mobile: r.mobile, code: await lastCode(r.mobile), ip: "198.51.100.17" }),
    ).toMatchObject({ ok: true });
    expect(await resident(r.mobile, TEST_PASSWORD, "198.51.100.17", minutes(2))).toMatchObject({ ok: true });
  });

  it("a password reset by SMS code clears the lock too", async () => {
    const r = await createResident();
    await parallel(FAILURES_PER_RESIDENT.max, (i) => resident(r.mobile, "wrong-password1", `203.0.115.${i + 1}`));
    expect(await resident(r.mobile, TEST_PASSWORD, "198.51.100.18", minutes(1))).toEqual(WRONG);
    await sendPhoneCode({ mobile: r.mobile, purpose: PASSWORD_RESET, locale: "zh", ip: "198.51.100.18" });
    const reset = await resetPassword({
      mobile: r.mobile,
      code: await lastCode(r.mobile),
      newPassword: "new-password-9",
      ip: "198.51.100.18",
    });
    expect(reset).toMatchObject({ ok: true });
    expect(await resident(r.mobile, "new-password-9", "198.51.100.18", minutes(2))).toMatchObject({ ok: true });
  });

  it("staff are never locked out of their own desk by guesses from elsewhere", async () => {
    const clerk = await createStaff("reviewer");
    await parallel(FAILURES_PER_RESIDENT.max + 5, (i) =>
      authenticate({
        audience: "staff",
        login: clerk.staffId,
        password: "wrong-password1",
        ip: `203.0.116.${i + 1}`,
        now: t0,
      }),
    );
    expect(
      await authenticate({ audience: "staff", login: clerk.staffId, password: TEST_PASSWORD, ip: "10.1.2.3", now: t0 }),
    ).toMatchObject({ ok: true });
  });

  it("refuses a disabled account, and a resident's credentials on the staff page (and the reverse)", async () => {
    const disabled = await createResident({ disabled: true });
    const r = await createResident();
    const reviewer = await createStaff("reviewer");
    expect(await authenticate({ audience: "resident", login: disabled.mobile, password: TEST_PASSWORD })).toEqual(
      WRONG,
    );
    expect(await authenticate({ audience: "staff", login: r.mobile, password: TEST_PASSWORD })).toEqual(WRONG);
    expect(await authenticate({ audience: "resident", login: reviewer.staffId, password: TEST_PASSWORD })).toEqual(
      WRONG,
    );
    // Staff IDs are typed in any case.
    expect(
      await authenticate({ audience: "staff", login: reviewer.staffId.toUpperCase(), password: TEST_PASSWORD }),
    ).toMatchObject({ ok: true, user: { id: reviewer.id, departmentId: "hrss" } });
  });
});
