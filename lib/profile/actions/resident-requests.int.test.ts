// Requests a resident makes from "my data" and before a sensitive form: a correction request (recorded for the
// service centre) and per-item consent (every category must be ticked).
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createResident } from "@/lib/test-support/factories";
import { signInAs } from "@/lib/test-support/fake-session";
import { form, redirectOf } from "@/lib/test-support/next-request";
import { requestCorrectionAction } from "./request-correction-action";
import { grantConsentAction, revokeConsentAction } from "./consent-actions";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));
vi.mock("next/cache", () => import("@/lib/test-support/next-request"));

describe("requestCorrectionAction", () => {
  it("records the request for the service centre, and refuses an empty one", async () => {
    const r = await createResident();
    signInAs(r.id);
    expect(await redirectOf(() => requestCorrectionAction(form({ locale: "zh", text: "  " })))).toBe(
      "/zh/account/data?correction=empty#correction",
    );
    expect(await redirectOf(() => requestCorrectionAction(form({ locale: "zh", text: "民族填错了" })))).toBe(
      "/zh/account/data?correction=sent#correction",
    );
    expect(
      await db.auditLog.findMany({
        where: { action: "profile.correction_requested" },
        select: { actorId: true, subjectId: true, payload: true },
      }),
    ).toEqual([{ actorId: r.id, subjectId: r.id, payload: { text: "民族填错了" } }]);
  });
});

describe("grantConsentAction / revokeConsentAction", () => {
  it("grants only when every sensitive category of the item is ticked, then opens the form; revokes one's own", async () => {
    const r = await createResident();
    signInAs(r.id);
    const slug = "disability-subsidies"; // disability + income
    expect(await redirectOf(() => grantConsentAction(form({ locale: "zh", slug, category: "disability" })))).toBe(
      `/zh/services/${slug}/consent?error=1`,
    );
    expect(await db.consent.count({ where: { userId: r.id } })).toBe(0);
    expect(
      await redirectOf(() => grantConsentAction(form({ locale: "zh", slug, category: ["disability", "income"] }))),
    ).toBe(`/zh/services/${slug}/apply`);
    const granted = await db.consent.findMany({ where: { userId: r.id }, select: { id: true, category: true } });
    expect(granted.map((c) => c.category).sort()).toEqual(["disability", "income"]);

    await redirectOf(() => revokeConsentAction(form({ locale: "zh", id: granted[0]!.id })));
    expect((await db.consent.findUniqueOrThrow({ where: { id: granted[0]!.id } })).revokedAt).toBeInstanceOf(Date);
  });
});
