// Sign-in with lockout, against the real LoginThrottle table: five failures lock a login for 30 minutes, a locked
// login is refused whatever the password, and unknown logins are treated exactly like known ones.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { authenticate } from "./authenticate";
import { LOCK_MINUTES, MAX_FAILURES } from "./lockout-rule";
import * as password from "./password";
import { createResident, createStaff, seedDepartments, TEST_PASSWORD } from "@/lib/test-support/factories";
import { barrier } from "@/lib/test-support/barrier";

beforeAll(seedDepartments);

const t0 = new Date("2026-12-01T02:00:00Z");
const minutes = (m: number) => new Date(t0.getTime() + m * 60_000);

async function failTimes(login: string, n: number, now = t0) {
  const results = [];
  for (let i = 0; i < n; i++)
    results.push(await authenticate({ audience: "resident", login, password: "wrong-password", now }));
  return results;
}

describe("authenticate", () => {
  it("signs a resident in with the right password and records it", async () => {
    const r = await createResident();
    expect(
      await authenticate({ audience: "resident", login: r.mobile, password: TEST_PASSWORD, ip: "192.0.2.9" }),
    ).toMatchObject({ ok: true, user: { id: r.id, role: "resident" } });
    expect(
      await db.auditLog.findFirst({ where: { action: "auth.sign_in", actorId: r.id }, select: { ip: true } }),
    ).toEqual({ ip: "192.0.2.9" });
  });

  it("a locked account is refused even with the right password", async () => {
    const r = await createResident();
    const results = await failTimes(r.mobile, MAX_FAILURES);
    expect(results.map((x) => (x.ok ? "ok" : x.reason))).toEqual([
      "invalid",
      "invalid",
      "invalid",
      "invalid",
      "locked",
    ]);
    expect(
      await authenticate({
        audience: "resident",
        login: r.mobile,
        password: TEST_PASSWORD,
        now: minutes(LOCK_MINUTES - 1),
      }),
    ).toEqual({ ok: false, reason: "locked" });
    expect(await db.auditLog.count({ where: { action: "auth.locked" } })).toBe(1);
    // The right password after the lock has run out works, and starts a clean count.
    expect(
      await authenticate({
        audience: "resident",
        login: r.mobile,
        password: TEST_PASSWORD,
        now: minutes(LOCK_MINUTES + 1),
      }),
    ).toMatchObject({ ok: true });
    expect(await db.loginThrottle.count({ where: { identifier: `resident:${r.mobile}` } })).toBe(0);
  });

  it("locks an unknown login exactly like a known one", async () => {
    const results = await failTimes("13999999999", MAX_FAILURES);
    expect(results.at(-1)).toEqual({ ok: false, reason: "locked" });
  });

  it("a successful sign-in clears the failures counted before it", async () => {
    const r = await createResident();
    await failTimes(r.mobile, MAX_FAILURES - 1);
    expect((await authenticate({ audience: "resident", login: r.mobile, password: TEST_PASSWORD, now: t0 })).ok).toBe(
      true,
    );
    expect((await failTimes(r.mobile, MAX_FAILURES - 1)).every((x) => !x.ok && x.reason === "invalid")).toBe(true);
  });

  it("refuses a disabled account, and a resident's credentials on the staff page (and the reverse)", async () => {
    const disabled = await createResident({ disabled: true });
    const r = await createResident();
    const reviewer = await createStaff("reviewer");
    expect(await authenticate({ audience: "resident", login: disabled.mobile, password: TEST_PASSWORD })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate({ audience: "staff", login: r.mobile, password: TEST_PASSWORD })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await authenticate({ audience: "resident", login: reviewer.staffId, password: TEST_PASSWORD })).toEqual({
      ok: false,
      reason: "invalid",
    });
    // Staff IDs are typed in any case.
    expect(
      await authenticate({ audience: "staff", login: reviewer.staffId.toUpperCase(), password: TEST_PASSWORD }),
    ).toMatchObject({ ok: true, user: { id: reviewer.id, departmentId: "hrss" } });
  });

  // KNOWN BUG (reported): the failure count is read, the password verified (tens of milliseconds of argon2), and the
  // count written back as read + 1. Wrong passwords sent in parallel all read the same count, so a burst of 20
  // guesses counts as one failure and never locks: the lockout can be bypassed by guessing in parallel.
  it.fails("20 wrong passwords at once lock the login, so the right one is refused afterwards", async () => {
    const r = await createResident();
    // "At once" made certain: every attempt has read the count before any failure is written.
    const allRead = barrier(20);
    const verify = password.verifyPassword;
    vi.spyOn(password, "verifyPassword").mockImplementation(async (...args) => {
      await allRead();
      return verify(...args);
    });
    await Promise.all(
      Array.from({ length: 20 }, () =>
        authenticate({ audience: "resident", login: r.mobile, password: "wrong-password", now: t0 }),
      ),
    );
    vi.restoreAllMocks();
    expect(
      await authenticate({ audience: "resident", login: r.mobile, password: TEST_PASSWORD, now: minutes(1) }),
    ).toEqual({ ok: false, reason: "locked" });
  });
});
