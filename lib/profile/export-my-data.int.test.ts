// "My data" export (PIPL art. 45): everything held about the resident who asks — and nothing about anyone else.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createResident, createSubmitted, newIdNumber, service } from "@/lib/test-support/factories";
import { servedAtWindow } from "@/lib/test-support/window";
import { exportMyData } from "./export-my-data";
import { grantConsents } from "./consents";
import { addHouseholdMembers } from "./save-profile-fields";
import { viewProfileAsStaff } from "./staff-profile-access";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));

async function residentWithData() {
  const r = await createResident();
  const app = await createSubmitted({ applicant: r });
  const memberId = newIdNumber();
  await addHouseholdMembers(r.id, [{ relation: "spouse", name: "艾力", idNumber: memberId }]);
  await grantConsents(r.id, service("disability-subsidies"), ["disability"]);
  const { grant } = await servedAtWindow(r);
  await viewProfileAsStaff(grant);
  return { r, app, memberId };
}

describe("exportMyData", () => {
  it("export contains only the owner's data", async () => {
    const mine = await residentWithData();
    const theirs = await residentWithData();

    const result = await exportMyData({ userId: mine.r.id, channel: "online" });
    if (!result.ok) throw new Error("export refused");
    const exported = result.data;
    const json = JSON.stringify(exported);
    expect(exported.account).toMatchObject({
      id: mine.r.id,
      mobile: mine.r.mobile,
      profile: { idNumber: mine.r.idNumber },
    });
    expect(exported.account?.applications.map((a) => a.reference)).toEqual([mine.app.reference]);
    expect(exported.account?.household.map((h) => h.idNumber)).toEqual([mine.memberId]);
    expect(exported.account?.consents).toHaveLength(1);
    // The staff actions on this resident's data only: the session opened, the consent, the masked view.
    expect(exported.accessLog.map((e) => e.action).sort()).toEqual([
      "profile.view",
      "window.consent_given",
      "window.session_opened",
    ]);

    for (const foreign of [theirs.r.id, theirs.r.mobile, theirs.r.idNumber, theirs.app.reference, theirs.memberId])
      expect(json).not.toContain(foreign);
    // No password hash, ever.
    expect(json).not.toContain("argon2");
  });

  it("is audited as the resident's own export", async () => {
    const { r } = await residentWithData();
    await exportMyData({ userId: r.id, channel: "online" });
    expect(
      await db.auditLog.findMany({ where: { action: "profile.export", subjectId: r.id }, select: { actorId: true } }),
    ).toEqual([{ actorId: r.id }]);
  });
});
