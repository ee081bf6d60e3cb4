// After submitting, the resident accepts some of the offered profile updates. The offers are recomputed from the
// stored application: the form only says which to take, never what value, and only the applicant's own application.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createResident, createSubmitted, newIdNumber, sampleAddress } from "@/lib/test-support/factories";
import { signInAs } from "@/lib/test-support/fake-session";
import { form, redirectOf } from "@/lib/test-support/next-request";
import { writeBackAction } from "./write-back-action";
import { openMember } from "@/lib/profile/sealed-fields";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));

describe("writeBackAction", () => {
  it("writes the chosen offers with the application's values, and nothing that was not offered or not chosen", async () => {
    const r = await createResident();
    const moved = { ...sampleAddress, detail: "新华西路1号" };
    const app = await createSubmitted({ applicant: r, overrides: { applicantAddress: moved } });
    signInAs(r.id);
    const to = await redirectOf(() =>
      writeBackAction(form({ locale: "zh", applicationId: app.id, field: ["address", "bankCard"] })),
    );
    expect(to).toBe(`/zh/applications/${app.id}/receipt?profile=updated`);
    expect(
      await db.profile.findUniqueOrThrow({ where: { userId: r.id }, select: { address: true, bankCard: true } }),
    ).toEqual({ address: moved, bankCard: null });
    expect(
      await db.profileFieldSource.findUniqueOrThrow({ where: { userId_field: { userId: r.id, field: "address" } } }),
    ).toMatchObject({ source: "self", channel: "online", verified: false });
  });

  it("never writes the mobile (only the number change does) nor a verified name", async () => {
    const r = await createResident();
    await db.profileFieldSource.create({
      data: { userId: r.id, field: "fullName", source: "registry", channel: "online", verified: true },
    });
    const app = await createSubmitted({
      applicant: r,
      overrides: { applicantMobile: "13911112222", applicantName: "米娜·托合提" },
    });
    signInAs(r.id);
    await redirectOf(() =>
      writeBackAction(form({ locale: "zh", applicationId: app.id, field: ["mobile", "fullName"] })),
    );
    expect(
      await db.profile.findUniqueOrThrow({ where: { userId: r.id }, select: { mobile: true, fullName: true } }),
    ).toEqual({ mobile: r.mobile, fullName: r.name });
  });

  it("adds the household members chosen from a submitted household", async () => {
    const r = await createResident();
    const spouse = newIdNumber();
    const child = newIdNumber();
    const app = await createSubmitted({
      applicant: r,
      slug: "minimum-living-allowance",
      overrides: {
        householdMembers: [
          { relation: "spouse", memberName: "李桂芳", memberIdNumber: spouse, memberMonthlyIncome: "600.00" },
          { relation: "child", memberName: "王磊", memberIdNumber: child, memberMonthlyIncome: "0" },
        ],
      },
    });
    signInAs(r.id);
    await redirectOf(() => writeBackAction(form({ locale: "zh", applicationId: app.id, member: spouse })));
    expect(
      (await db.householdMember.findMany({ where: { ownerId: r.id }, select: { idNumber: true, name: true } })).map(
        openMember,
      ),
    ).toEqual([{ idNumber: spouse, name: "李桂芳" }]);
  });

  it("sends another resident away without writing anything", async () => {
    const owner = await createResident();
    const app = await createSubmitted({ applicant: owner, overrides: { applicantMobile: "13911113333" } });
    const other = await createResident();
    signInAs(other.id);
    expect(
      await redirectOf(() => writeBackAction(form({ locale: "zh", applicationId: app.id, field: "mobile" }))),
    ).toBe("/zh/applications");
    expect((await db.profile.findUniqueOrThrow({ where: { userId: other.id } })).mobile).toBe(other.mobile);
  });
});
