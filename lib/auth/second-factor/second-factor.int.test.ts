// The staff second factor against a real database: one use per code, parallel guesses each counted, enrolment only by
// an administrator, and next-auth's own endpoint no way around it (issue 18: staff need a second factor).
import { sealField } from "@/lib/security/data-keys";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createResident, createStaff, seedDepartments } from "@/lib/test-support/factories";
import { TEST_PASSWORD } from "@/lib/test-support/test-password";
import { openSession, sessionIsOpen } from "@/lib/auth/sessions/user-sessions";
import { authOptions } from "@/lib/auth/auth-options";
import { newTotpSecret, totpCodeAt } from "./totp";
import { verifyStaffCode } from "./verify-staff-code";
import {
  beginEnrolment,
  confirmEnrolment,
  listStaffAuthenticators,
  readPendingEnrolment,
} from "./enrol-staff-authenticator";
import { MAX_CODE_FAILURES } from "./second-factor-rule";
import { enrolAtInstallation } from "./enrol-at-installation";

beforeAll(seedDepartments);

async function enrolledClerk() {
  const clerk = await createStaff("clerk");
  const secret = newTotpSecret();
  await db.staffSecondFactor.create({ data: { userId: clerk.id, secret: sealField(secret), enrolledAt: new Date() } });
  return { clerk, secret, user: { id: clerk.id, role: clerk.role } };
}

describe("verifyStaffCode", () => {
  it("accepts the authenticator's code once, and never the same code again", async () => {
    const { secret, user } = await enrolledClerk();
    const code = await totpCodeAt(secret);
    const [a, b] = await Promise.all([verifyStaffCode({ user, code }), verifyStaffCode({ user, code })]);
    // Sent twice at the same moment: exactly one is accepted.
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(await verifyStaffCode({ user, code })).toEqual({ ok: false });
  });

  it("counts every one of many parallel wrong codes and then refuses even the right one", async () => {
    const { secret, user } = await enrolledClerk();
    const right = await totpCodeAt(secret);
    const wrong = right === "000000" ? "111111" : "000000";
    const results = await Promise.all(Array.from({ length: 12 }, () => verifyStaffCode({ user, code: wrong })));
    expect(results.every((r) => !r.ok)).toBe(true);
    const row = await db.staffSecondFactor.findUniqueOrThrow({ where: { userId: user.id } });
    expect(row.failedCount).toBe(MAX_CODE_FAILURES);
    expect(row.lockedUntil).not.toBeNull();
    // Locked: the right code gets the same answer as a wrong one.
    expect(await verifyStaffCode({ user, code: right })).toEqual({ ok: false });
    const audited = await db.auditLog.count({ where: { action: "auth.second_factor_failed", actorId: user.id } });
    expect(audited).toBe(13);
  });

  it("refuses a staff account without an enrolled authenticator", async () => {
    const clerk = await createStaff("clerk");
    expect(await verifyStaffCode({ user: { id: clerk.id, role: "clerk" }, code: "123456" })).toEqual({ ok: false });
  });
});

describe("enrolment", () => {
  it("only an administrator enrols, the first code confirms, and the staff member's sessions end", async () => {
    const admin = await createStaff("admin");
    const { clerk, secret: oldSecret, user } = await enrolledClerk();
    const sid = await openSession({ userId: clerk.id, channel: "staff" });
    const other = await createStaff("reviewer");
    await expect(
      beginEnrolment({ admin: { id: other.id, role: "reviewer" }, staffUserId: clerk.id }),
    ).rejects.toThrow();

    const started = await beginEnrolment({ admin: { id: admin.id, role: "admin" }, staffUserId: clerk.id });
    expect(started.uri).toContain(`secret=${started.secret}`);
    // At rest the secret is sealed, never the base32 an app reads.
    const stored = await db.staffSecondFactor.findUniqueOrThrow({ where: { userId: clerk.id } });
    expect(stored.pendingSecret).not.toContain(started.secret);
    // The enrolment page shows the secret the app needs (opened), as long as it waits for the first code.
    expect(await readPendingEnrolment({ id: admin.id, role: "admin" }, clerk.id)).toMatchObject({
      secret: started.secret,
      uri: started.uri,
    });
    // Until confirmed, the old authenticator still works and the new one does not.
    expect(await verifyStaffCode({ user, code: await totpCodeAt(started.secret) })).toEqual({ ok: false });
    expect(await verifyStaffCode({ user, code: await totpCodeAt(oldSecret) })).toEqual({ ok: true });

    const a = { id: admin.id, role: "admin" as const };
    expect(await confirmEnrolment({ admin: a, staffUserId: clerk.id, code: "000000" })).toEqual({ ok: false });
    const next = Date.now() + 30_000; // the old authenticator's step was used above; the new one is fresh
    expect(
      await confirmEnrolment({
        admin: a,
        staffUserId: clerk.id,
        code: await totpCodeAt(started.secret, next),
        now: new Date(next),
      }),
    ).toEqual({ ok: true });
    expect(await sessionIsOpen(sid, clerk.id)).toBe(false);
    expect(
      await verifyStaffCode({ user, code: await totpCodeAt(oldSecret, next + 30_000), now: new Date(next + 30_000) }),
    ).toEqual({
      ok: false,
    });
    const listed = (await listStaffAuthenticators(a)).find((s) => s.id === clerk.id);
    expect(listed?.enrolledAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.second_factor_enrolled", actorId: admin.id } })).toBe(1);
  });

  it("refuses to enrol a resident", async () => {
    const admin = await createStaff("admin");
    const r = await createResident();
    await expect(beginEnrolment({ admin: { id: admin.id, role: "admin" }, staffUserId: r.id })).rejects.toThrow();
  });
});

describe("enrolAtInstallation (the first administrator, from the console)", () => {
  it("enrols a staff account's authenticator at once and refuses a resident", async () => {
    const admin = await createStaff("admin");
    const { secret, uri } = await enrolAtInstallation(admin.staffId);
    expect(uri).toContain(`secret=${secret}`);
    expect(await verifyStaffCode({ user: { id: admin.id, role: "admin" }, code: await totpCodeAt(secret) })).toEqual({
      ok: true,
    });
    const r = await createResident();
    const resident = await db.user.findUniqueOrThrow({ where: { id: r.id } });
    await expect(enrolAtInstallation(resident.mobile ?? "x")).rejects.toThrow();
  });
});

describe("next-auth's staff endpoint", () => {
  type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
  type Provider = { options: { id: string; authorize: Authorize } };
  // next-auth keeps a provider's own settings (its id, authorize) under `options` until it merges them at run time.
  const authorize = (id: string) =>
    (authOptions.providers as unknown as Provider[]).find((p) => p.options.id === id)!.options.authorize;

  it("needs the authenticator code with the password", async () => {
    const { clerk, secret } = await enrolledClerk();
    const creds = { login: clerk.staffId, password: TEST_PASSWORD };
    await expect(authorize("staff")(creds, { headers: {} })).rejects.toThrow("invalid");
    await expect(
      authorize("staff")({ ...creds, otp: await totpCodeAt(secret) }, { headers: {} }),
    ).resolves.toMatchObject({ id: clerk.id });
  });
});
