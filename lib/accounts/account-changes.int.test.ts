// Real-name verification, passwords, the mobile number and sessions of a signed-in resident, against a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createResident, newMobile, seedDepartments } from "@/lib/test-support/factories";
import { testIdentity } from "@/lib/profile/registry/demo-registry";
import { openSession } from "@/lib/auth/sessions/user-sessions";
import { verifyPassword } from "@/lib/auth/password";
import { verifyRealName } from "./verify-real-name";
import { setPassword } from "./set-password";
import { confirmMobileChange, sendMobileChangeCode } from "./change-mobile";
import { endMyOtherSessions, listMySessions } from "./account-sessions";
import { codeOnPhone } from "@/lib/test-support/fake-phone";
import { openProfile } from "@/lib/profile/sealed-fields";

beforeAll(seedDepartments);

let serial = 400 + Math.floor(Math.random() * 100);
const phoneAccount = async () => createResident({ profile: false, assurance: "phone", password: false });
/** A phone-verified account whose (code-proven) mobile is the one the carrier has registered to this identity. */
const ownerOf = async (person: { mobile?: string }) => {
  const r = await phoneAccount();
  await db.user.update({ where: { id: r.id }, data: { mobile: person.mobile! } });
  return { ...r, mobile: person.mobile! };
};

describe("verifyRealName", () => {
  it("a match makes name and ID number verified facts and raises the account to registry", async () => {
    const person = testIdentity(serial++);
    const r = await ownerOf(person);
    expect(await verifyRealName({ userId: r.id }, { ...person, ip: null })).toEqual({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { id: r.id }, include: { profile: true } });
    expect(user.assurance).toBe("registry");
    expect(openProfile(user.profile)).toMatchObject({
      fullName: person.fullName,
      idNumber: person.idNumber,
      mobile: r.mobile,
    });
    const sources = await db.profileFieldSource.findMany({
      where: { userId: r.id, field: { in: ["fullName", "idNumber"] } },
    });
    expect(sources.map((s) => [s.source, s.verified])).toEqual([
      ["registry", true],
      ["registry", true],
    ]);
  });

  it("a wrong name and an ID already held get the same answer, and nothing is stored", async () => {
    const person = testIdentity(serial++);
    const holder = await ownerOf(person);
    expect(await verifyRealName({ userId: holder.id }, { ...person, ip: null })).toEqual({ ok: true });
    // The same identity claimed by an account with its carrier mobile: the number moved to a new account.
    await db.user.update({ where: { id: holder.id }, data: { mobile: newMobile() } });
    const r = await ownerOf(person);
    const held = await verifyRealName({ userId: r.id }, { ...person, ip: null });
    const wrongName = await verifyRealName(
      { userId: r.id },
      { ...testIdentity(serial++), fullName: "错名字", ip: null },
    );
    expect(held).toEqual({ ok: false, reason: "mismatch" });
    expect(wrongName).toEqual(held);
    expect(await db.profile.findUnique({ where: { userId: r.id } })).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: r.id } })).assurance).toBe("phone");
    // The audit keeps the real reasons for staff.
    const reasons = (await db.auditLog.findMany({ where: { action: "account.real_name_failed", actorId: r.id } })).map(
      (a) => (a.payload as { reason: string }).reason,
    );
    expect(reasons.sort()).toEqual(["held", "mismatch"]);
  });

  it("name and ID number alone do not verify: the account's mobile must be the one registered to that identity", async () => {
    const person = testIdentity(serial++);
    const stranger = await phoneAccount();
    expect(await verifyRealName({ userId: stranger.id }, { ...person, ip: null })).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(await db.profile.findUnique({ where: { userId: stranger.id } })).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: stranger.id } })).assurance).toBe("phone");
    const reasons = await db.auditLog.findMany({ where: { action: "account.real_name_failed", actorId: stranger.id } });
    expect(reasons.map((a) => (a.payload as { reason: string }).reason)).toEqual(["mobile"]);

    const owner = await ownerOf(person);
    expect(await verifyRealName({ userId: owner.id }, { ...person, ip: null })).toEqual({ ok: true });
  });

  it("allows five tries a day", async () => {
    const r = await phoneAccount();
    const wrong = { ...testIdentity(serial++), fullName: "错名字", ip: null };
    for (let i = 0; i < 5; i++)
      expect(await verifyRealName({ userId: r.id }, wrong)).toMatchObject({ reason: "mismatch" });
    expect(await verifyRealName({ userId: r.id }, { ...testIdentity(serial++), ip: null })).toEqual({
      ok: false,
      reason: "tooManyTries",
    });
  });
});

describe("password and sessions", () => {
  it("a first password needs no current one; a change does, and ends the other sessions but not this one", async () => {
    const r = await phoneAccount();
    const here = await openSession({ userId: r.id, channel: "online" });
    const there = await openSession({ userId: r.id, channel: "online" });
    expect(await setPassword({ userId: r.id, sid: here }, { newPassword: "First1234", ip: null })).toMatchObject({
      ok: true,
    });
    expect(
      await setPassword({ userId: r.id, sid: here }, { currentPassword: "nope", newPassword: "Second123", ip: null }),
    ).toEqual({ ok: false, reason: "currentWrong" });
    const user = await db.user.findUniqueOrThrow({ where: { id: r.id } });
    expect(await verifyPassword(user.passwordHash!, "First1234")).toBe(true);
    const open = await listMySessions({ userId: r.id, sid: here });
    expect(open.map((s) => [s.id, s.current])).toEqual([[here, true]]);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: there } })).endedAt).not.toBeNull();
  });

  it("ending the other sessions keeps this one and lists only the resident's own", async () => {
    const r = await phoneAccount();
    const other = await phoneAccount();
    const here = await openSession({ userId: r.id, channel: "online" });
    await openSession({ userId: r.id, channel: "terminal" });
    const theirs = await openSession({ userId: other.id, channel: "online" });
    expect((await listMySessions({ userId: r.id, sid: here })).length).toBe(2);
    expect(await endMyOtherSessions({ userId: r.id, sid: here }, null)).toBe(1);
    expect((await listMySessions({ userId: r.id, sid: here })).map((s) => s.id)).toEqual([here]);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: theirs } })).endedAt).toBeNull();
  });
});

describe("change of mobile number", () => {
  it("needs the code sent to the new number; changes account and profile; tells the old number; ends others", async () => {
    const r = await createResident();
    const here = await openSession({ userId: r.id, channel: "online" });
    const there = await openSession({ userId: r.id, channel: "online" });
    const next = newMobile();
    expect(
      await sendMobileChangeCode({ userId: r.id, sid: here }, { newMobile: next, locale: "zh", ip: null }),
    ).toEqual({
      ok: true,
    });
    const code = await codeOnPhone(next);
    const wrong = code === "000000" ? "111111" : "000000";
    expect(await confirmMobileChange({ userId: r.id, sid: here }, { newMobile: next, code: wrong, ip: null })).toEqual({
      ok: false,
      reason: "wrong",
    });
    expect(await confirmMobileChange({ userId: r.id, sid: here }, { newMobile: next, code, ip: null })).toEqual({
      ok: true,
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: r.id }, include: { profile: true } });
    expect([user.mobile, user.profile?.mobile]).toEqual([next, next]);
    const notice = await db.outboxMessage.findFirstOrThrow({ where: { to: r.mobile }, orderBy: { id: "desc" } });
    expect(notice.body).toContain(next.slice(-4));
    expect(notice.body).not.toContain(next);
    expect((await db.userSession.findUniqueOrThrow({ where: { id: there } })).endedAt).not.toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: here } })).endedAt).toBeNull();
  });

  it("a code proving a number for one account cannot change another's", async () => {
    const a = await createResident();
    const b = await createResident();
    const next = newMobile();
    await sendMobileChangeCode({ userId: a.id, sid: "x" }, { newMobile: next, locale: "zh", ip: null });
    const code = await codeOnPhone(next);
    expect(await confirmMobileChange({ userId: b.id, sid: "y" }, { newMobile: next, code, ip: null })).toMatchObject({
      ok: false,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: b.id } })).mobile).toBe(b.mobile);
  });
});
