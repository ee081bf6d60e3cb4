// 统一出件: the clerk hands over the result of the served resident's approved application — and only theirs.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { actorOf, advance, createResident, createStaff, createSubmitted } from "@/lib/test-support/factories";
import { servedAtWindow } from "@/lib/test-support/window";
import { handOverResult } from "./hand-over-result";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));

async function approvedFor(slug = "social-security-card") {
  const r = await createResident();
  const clerk = await createStaff("clerk");
  const reviewer = await createStaff("reviewer", "hrss");
  const app = await createSubmitted({ applicant: r, slug });
  await advance(app.id, [
    { event: "accept", by: actorOf(clerk) },
    { event: "approve_part", by: actorOf(reviewer) },
  ]);
  return { r, clerk, app };
}

describe("handOverResult", () => {
  it("issues the result at the window and records it for the resident", async () => {
    const { r, clerk, app } = await approvedFor();
    const { grant } = await servedAtWindow(r, clerk);
    expect(await handOverResult(grant, app.id, clerk.departmentId)).toEqual({ ok: true });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("result_issued");
    const event = await db.applicationEvent.findFirstOrThrow({
      where: { applicationId: app.id, type: "issue_result" },
    });
    expect(event).toMatchObject({ actorId: clerk.id, payload: { delivery: "window" } });
    expect(await db.auditLog.count({ where: { action: "application.result_handed_over", onBehalfOf: r.id } })).toBe(1);
  });

  it("does not hand over another person's application, whatever the id says", async () => {
    const { clerk, app } = await approvedFor();
    const someoneElse = await createResident();
    const { grant } = await servedAtWindow(someoneElse, clerk);
    expect(await handOverResult(grant, app.id, clerk.departmentId)).toEqual({ ok: false });
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("approved");
  });
  it("the hand-over's audit row belongs to the move: a row that cannot be written leaves the result not issued", async () => {
    const { r, clerk, app } = await approvedFor();
    const { grant } = await servedAtWindow(r, clerk);
    // A window number the audit payload's schema refuses: the audit write fails inside the transition's transaction.
    const broken = { ...grant, windowNo: 42 as unknown as string };
    await expect(handOverResult(broken, app.id, clerk.departmentId)).rejects.toThrow();
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id } })).status).toBe("approved");
    expect(await db.applicationEvent.count({ where: { applicationId: app.id, type: "issue_result" } })).toBe(0);
  });
});
