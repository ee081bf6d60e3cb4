// A hall kiosk (terminal) is a public machine: the resident signed in there cannot download their unmasked export
// onto it, and the profile pages show masked values only (issue 18).
import { sealProfileData } from "@/lib/profile/sealed-fields";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createResident } from "@/lib/test-support/factories";
import { signInAs } from "@/lib/test-support/fake-session";
import { GET as exportRoute } from "@/app/api/me/export/route";
import { profileForEdit } from "./profile-for-edit";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));

describe("at a kiosk", () => {
  it("the export is refused (and audited); on the resident's own device it is given", async () => {
    const r = await createResident();
    signInAs(r.id, "terminal");
    const refused = await exportRoute();
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain(r.idNumber);
    expect(await db.auditLog.count({ where: { action: "profile.export", actorId: r.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "access.denied", actorId: r.id } })).toBe(1);

    signInAs(r.id, "online");
    const given = await exportRoute();
    expect(given.status).toBe(200);
    expect(await given.text()).toContain(r.idNumber);
  });

  it("the profile edit page gets masked values and no form; online it gets the full values to edit", async () => {
    const r = await createResident();
    await db.profile.update({
      where: { userId: r.id },
      data: sealProfileData({ bankCard: "6222021234567890123" }),
    });
    const kiosk = await profileForEdit({ id: r.id, channel: "terminal" });
    expect(kiosk.editable).toBe(false);
    expect(JSON.stringify(kiosk.values)).not.toContain(r.idNumber);
    expect(JSON.stringify(kiosk.values)).not.toContain("6222021234567890123");
    expect(kiosk.values.idNumber).toBe(`${r.idNumber.slice(0, 6)}********${r.idNumber.slice(-4)}`);
    expect(kiosk.values.bankCard).toBe("6222 **** 0123");

    const online = await profileForEdit({ id: r.id, channel: "online" });
    expect(online.editable).toBe(true);
    expect(online.values).toMatchObject({ idNumber: r.idNumber, bankCard: "6222021234567890123" });
  });
});
