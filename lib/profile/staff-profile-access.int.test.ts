// A clerk reading a resident's profile inside a consented window session: masked by default, a full value only
// with a reason, every read audited — and the resident sees each of them in their access log, with the staff ID.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createResident, createStaff, newIdNumber } from "@/lib/test-support/factories";
import { servedAtWindow } from "@/lib/test-support/window";
import { revealProfileField, viewProfileAsStaff } from "./staff-profile-access";
import { listProfileAccess } from "./access-log";
import { addHouseholdMembers } from "./save-profile-fields";
import { recordAudit } from "@/lib/audit/record-audit";
import { signInAs } from "@/lib/test-support/fake-session";
import { form } from "@/lib/test-support/next-request";
import { revealAction } from "./actions/reveal-action";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));
vi.mock("next/headers", () => import("@/lib/test-support/next-request"));

describe("viewProfileAsStaff / revealProfileField", () => {
  it("shows the profile masked, reveals one field with a reason, and audits both", async () => {
    const r = await createResident();
    await addHouseholdMembers(r.id, [{ relation: "child", name: "阿力木", idNumber: newIdNumber() }]);
    const { grant, staff } = await servedAtWindow(r);

    const view = await viewProfileAsStaff(grant);
    expect(view.idNumber).not.toBe(r.idNumber);
    expect(view.idNumber).toMatch(/\*/);
    expect(view.mobile).toMatch(/\*/);
    expect(view.householdMembers[0]!.idNumber).toMatch(/\*/);
    expect(JSON.stringify(view)).not.toContain(r.idNumber);

    expect(await revealProfileField(grant, "idNumber", " ")).toBeNull(); // no reason, no value
    expect(await revealProfileField(grant, "address", "核对地址")).toBeNull(); // not a revealable field
    expect(await revealProfileField(grant, "idNumber", "核对身份证原件")).toBe(r.idNumber);

    const audit = await db.auditLog.findMany({
      where: { subjectId: r.id, action: { in: ["profile.view", "profile.reveal"] } },
      select: { action: true, actorId: true, payload: true },
    });
    expect(audit).toEqual([
      { action: "profile.view", actorId: staff.id, payload: { masked: true } },
      { action: "profile.reveal", actorId: staff.id, payload: { field: "idNumber", reason: "核对身份证原件" } },
    ]);
  });
});

describe("revealAction", () => {
  it("reveals only inside the clerk's own consented session, with a reason, recording the clerk's address", async () => {
    const r = await createResident();
    const { sessionId, staff } = await servedAtWindow(r);
    expect(await revealAction({}, form({ session: sessionId, field: "mobile", reason: "x" }))).toEqual({
      error: "staff:reveal.reasonRequired",
      field: "mobile",
    });
    expect(await revealAction({}, form({ session: sessionId, field: "mobile", reason: "回拨电话" }))).toEqual({
      value: r.mobile,
      field: "mobile",
    });
    expect(
      await db.auditLog.findFirst({ where: { action: "profile.reveal", actorId: staff.id }, select: { ip: true } }),
    ).toEqual({ ip: "192.0.2.77" });
    signInAs((await createStaff("clerk")).id);
    expect(await revealAction({}, form({ session: sessionId, field: "mobile", reason: "回拨电话" }))).toEqual({
      error: "window:errors.noConsent",
      field: "mobile",
    });
  });
});

describe("listProfileAccess", () => {
  it("lists what staff did with the resident's data, not what the resident did, and nothing about others", async () => {
    const r = await createResident();
    const other = await createResident();
    const { grant, staff } = await servedAtWindow(r);
    await viewProfileAsStaff(grant);
    await revealProfileField(grant, "mobile", "回拨电话");
    await servedAtWindow(other, staff);
    await recordAudit({
      action: "profile.export",
      payload: {},
      actor: { id: r.id, role: "resident" },
      subject: { type: "profile", id: r.id },
    });

    const log = (await listProfileAccess(r.id)).rows;
    expect(log.map((e) => e.action).sort()).toEqual([
      "profile.reveal",
      "profile.view",
      "window.consent_given",
      "window.session_opened",
    ]);
    expect(log.every((e) => e.staffId === staff.staffId && e.role === "clerk")).toBe(true);
    expect(log.find((e) => e.action === "profile.reveal")?.payload).toEqual({ field: "mobile", reason: "回拨电话" });
  });
});
