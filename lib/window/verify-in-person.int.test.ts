// 现场核验 at the window: the clerk who has seen the original ID card raises the served resident to "verified in
// person" — only within the clerk's own consented, open session for that resident, never lowering a level, and
// always with its audit row, which the resident sees in their access log.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { asClerk, createResident, createStaff, residentActing } from "@/lib/test-support/factories";
import { servedAtWindow } from "@/lib/test-support/window";
import { signInAs } from "@/lib/test-support/fake-session";
import { form, redirectOf } from "@/lib/test-support/next-request";
import { beginApplication } from "@/lib/applications/draft/begin-application";
import { listProfileAccess } from "@/lib/profile/access-log";
import { endWindowSession, openWindowSession } from "./window-sessions";
import { verifyInPerson } from "./verify-in-person";
import { verifyInPersonAction } from "./actions/window-actions";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));
vi.mock("next/headers", () => import("@/lib/test-support/next-request"));

const levelOf = async (id: string) =>
  (await db.user.findUniqueOrThrow({ where: { id }, select: { assurance: true } })).assurance;
const auditRows = (residentId: string) =>
  db.auditLog.findMany({ where: { action: "window.verified_in_person", onBehalfOf: residentId } });

describe("verifyInPerson", () => {
  it("raises the served resident, with the audit row in the clerk's name; the means-tested items then open online", async () => {
    const r = await createResident({ assurance: "registry" });
    const { grant, staff } = await servedAtWindow(r);
    expect(await beginApplication(residentActing(r.id), "minimum-living-allowance")).toMatchObject({
      go: "assurance",
    });
    expect(await verifyInPerson(grant, { idCardSeen: true }, "192.0.2.8")).toEqual({ ok: true, raised: true });
    expect(await levelOf(r.id)).toBe("in_person");
    expect(await auditRows(r.id)).toMatchObject([
      {
        actorId: staff.id,
        actorRole: "clerk",
        subjectType: "profile",
        subjectId: r.id,
        ip: "192.0.2.8",
        payload: { windowNo: "3", from: "registry" },
      },
    ]);
    expect((await listProfileAccess(r.id)).rows.map((a) => a.action)).toContain("window.verified_in_person");
    // Past the assurance level: the next thing the 低保 start page asks for is the income-data consent.
    expect(await beginApplication(residentActing(r.id), "minimum-living-allowance")).toEqual({
      ok: false,
      go: "consent",
    });
  });

  it("raises once: a second post (or a resident already verified in person) changes nothing and writes no row", async () => {
    const r = await createResident({ assurance: "phone" });
    const { grant } = await servedAtWindow(r);
    const both = await Promise.all([
      verifyInPerson(grant, { idCardSeen: true }),
      verifyInPerson(grant, { idCardSeen: true }),
    ]);
    expect(both.map((b) => b.ok && b.raised).sort()).toEqual([false, true]);
    expect(await levelOf(r.id)).toBe("in_person");
    expect(await auditRows(r.id)).toHaveLength(1);
  });

  it("is refused unless the clerk confirms having seen the original ID card", async () => {
    const r = await createResident({ assurance: "registry" });
    const { grant } = await servedAtWindow(r);
    expect(await verifyInPerson(grant, { idCardSeen: false })).toEqual({ ok: false, reason: "idCardSeen" });
    expect(await levelOf(r.id)).toBe("registry");
    expect(await auditRows(r.id)).toEqual([]);
  });

  it("is refused without an open window session of this clerk for that resident", async () => {
    const r = await createResident({ assurance: "registry" });
    const other = await createResident({ assurance: "registry" });
    const { grant, staff } = await servedAtWindow(r);
    const closed = { ok: false, reason: "closed" };
    // A grant naming someone other than its session's resident, or another clerk than the session's own.
    expect(await verifyInPerson({ ...grant, residentId: other.id }, { idCardSeen: true })).toEqual(closed);
    const anotherClerk = asClerk(await createStaff("clerk"));
    expect(await verifyInPerson({ ...grant, clerk: anotherClerk }, { idCardSeen: true })).toEqual(closed);
    // The session ended after the page was shown (the grant was made before).
    await endWindowSession(asClerk(staff), grant.sessionId);
    expect(await verifyInPerson(grant, { idCardSeen: true })).toEqual(closed);
    expect([await levelOf(r.id), await levelOf(other.id)]).toEqual(["registry", "registry"]);
    expect([...(await auditRows(r.id)), ...(await auditRows(other.id))]).toEqual([]);
  });
});

describe("verifyInPersonAction", () => {
  it("posts from the session page and comes back to it with the outcome", async () => {
    const r = await createResident({ assurance: "registry" });
    const { sessionId } = await servedAtWindow(r); // signs the clerk in
    const page = `/zh/clerk/sessions/${sessionId}`;
    expect(await redirectOf(() => verifyInPersonAction(form({ locale: "zh", session: sessionId })))).toBe(
      `${page}?assurance=idCardSeen`,
    );
    expect(await levelOf(r.id)).toBe("registry");
    expect(
      await redirectOf(() => verifyInPersonAction(form({ locale: "zh", session: sessionId, idCardSeen: "yes" }))),
    ).toBe(`${page}?assurance=raised`);
    expect(await levelOf(r.id)).toBe("in_person");
    expect(await auditRows(r.id)).toMatchObject([{ ip: "192.0.2.77" }]);
  });

  it("without consent to the session (or another clerk's session) raises nothing: to the consent page", async () => {
    const r = await createResident({ assurance: "phone" });
    const staff = await createStaff("clerk");
    const sessionId = await openWindowSession(asClerk(staff), r.id); // awaiting consent
    signInAs(staff.id);
    const post = () => verifyInPersonAction(form({ locale: "zh", session: sessionId, idCardSeen: "yes" }));
    expect(await redirectOf(post)).toBe(`/zh/clerk/sessions/${sessionId}/consent`);
    signInAs((await createStaff("clerk")).id);
    expect(await redirectOf(post)).toBe(`/zh/clerk/sessions/${sessionId}/consent`);
    expect(await levelOf(r.id)).toBe("phone");
    expect(await auditRows(r.id)).toEqual([]);
  });
});
