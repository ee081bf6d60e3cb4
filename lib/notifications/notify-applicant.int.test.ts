// A status change reported to the applicant: an inbox row and an SMS in their language, written in the caller's
// transaction, so that a change that is rolled back never sends a message.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { notifyApplicant } from "./notify-applicant";
import { createDraft, createResident, seedDepartments } from "@/lib/test-support/factories";

beforeAll(seedDepartments);

async function setup(locale: "zh" | "ug" = "zh") {
  const r = await createResident({ locale });
  const draft = await createDraft({ applicant: r });
  const notice = {
    applicationId: draft.id,
    userId: r.id,
    type: "accept",
    serviceSlug: "social-security-card",
    reference: "YN20261201ABCD2345",
    sms: true,
  };
  return { r, notice };
}

describe("notifyApplicant", () => {
  it("writes the inbox row and an SMS in the resident's language to the profile's phone", async () => {
    const { r, notice } = await setup("ug");
    await db.profile.update({ where: { userId: r.id }, data: { mobile: "13912345678" } });
    await db.$transaction((tx) => notifyApplicant(tx, notice));
    expect(
      await db.notification.findMany({ where: { userId: r.id }, select: { type: true, payload: true, readAt: true } }),
    ).toEqual([
      {
        type: "accept",
        payload: { serviceSlug: "social-security-card", reference: "YN20261201ABCD2345" },
        readAt: null,
      },
    ]);
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { to: "13912345678" } });
    expect(sms).toMatchObject({ locale: "ug", status: "pending" });
    expect(sms.body).toContain("\u2068YN20261201ABCD2345\u2069");
  });

  it("writes nothing when the change it reports is rolled back", async () => {
    const { r, notice } = await setup();
    await expect(
      db.$transaction(async (tx) => {
        await notifyApplicant(tx, notice);
        throw new Error("the status change failed");
      }),
    ).rejects.toThrow("the status change failed");
    expect(await db.notification.count({ where: { userId: r.id } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { to: r.mobile } })).toBe(0);
  });

  it("sends no SMS for what the resident did themselves", async () => {
    const { r, notice } = await setup();
    await db.$transaction((tx) => notifyApplicant(tx, { ...notice, type: "withdraw", sms: false }));
    expect(await db.notification.count({ where: { userId: r.id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to: r.mobile } })).toBe(0);
  });
});
