// Rectification cases: the department answers its own open cases once, the resident confirms or disputes the answer,
// overdue unanswered cases are escalated once, and each staff member lists only their scope.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createDecided, createResident, createStaff } from "@/lib/test-support/factories";
import { rateApplication } from "./rate-application";
import { respondToCase } from "./respond-to-case";
import { giveVerdict } from "./give-verdict";
import { listCases } from "./list-cases";
import { getCaseForStaff } from "./get-case-for-staff";
import { escalateOverdueCases } from "@/lib/jobs/tasks/escalate-overdue-cases";

const RESPONSE = "已核查：窗口排队过长，已增开一个窗口。";

async function badlyRated(at = new Date()) {
  const d = await createDecided();
  const r = await rateApplication(
    { kind: "resident", residentId: d.applicant.id, channel: "online" },
    d.app.id,
    { score: 2, reasons: ["slow"], comment: "等了很久" },
    at,
  );
  const found = await db.rectificationCase.findUniqueOrThrow({ where: { evaluationId: r.evaluationId } });
  const reviewer = { id: d.reviewer.id, role: "reviewer" as const, departmentId: "hrss" };
  return { ...d, caseId: found.id, reviewerActor: reviewer };
}

describe("rectification", () => {
  it("the department answers once; the answer reaches the timeline, the inbox and the phone", async () => {
    const { app, applicant, caseId, reviewerActor } = await badlyRated();
    await respondToCase(reviewerActor, caseId, RESPONSE);
    const c = await db.rectificationCase.findUniqueOrThrow({ where: { id: caseId } });
    expect(c).toMatchObject({ status: "responded", response: RESPONSE, respondedById: reviewerActor.id });
    expect(c.responseWorkingDays).toBe(0);
    expect(
      await db.applicationEvent.findFirst({ where: { applicationId: app.id, type: "rectification_responded" } }),
    ).toMatchObject({ payload: { note: RESPONSE }, departmentId: "hrss" });
    expect(await db.notification.count({ where: { userId: applicant.id, type: "rectification_responded" } })).toBe(1);
    expect(
      await db.outboxMessage.count({ where: { applicationId: app.id, kind: "status", to: applicant.mobile } }),
    ).toBeGreaterThan(0);
    expect(await db.auditLog.count({ where: { action: "rectification.responded", subjectId: caseId } })).toBe(1);
    await expect(respondToCase(reviewerActor, caseId, RESPONSE)).rejects.toMatchObject({
      code: "errors:rectification.notOpen",
    });
  });

  it("another department's reviewer cannot see or answer the case; a too short answer is refused", async () => {
    const { caseId, reviewerActor } = await badlyRated();
    const other = await createStaff("reviewer", "civil-affairs");
    const otherActor = { id: other.id, role: "reviewer" as const, departmentId: "civil-affairs" };
    await expect(respondToCase(otherActor, caseId, RESPONSE)).rejects.toMatchObject({
      code: "errors:rectification.notFound",
    });
    expect(await getCaseForStaff(otherActor, caseId)).toBeNull();
    expect((await listCases(otherActor)).map((c) => c.id)).not.toContain(caseId);
    expect((await listCases(reviewerActor)).map((c) => c.id)).toContain(caseId);
    await expect(respondToCase(reviewerActor, caseId, "好的")).rejects.toMatchObject({
      code: "errors:rectification.responseMissing",
    });
  });

  it("two reviewers answering at once: exactly one answer is kept", async () => {
    const { caseId, reviewerActor } = await badlyRated();
    const second = await createStaff("reviewer", "hrss");
    const results = await Promise.allSettled([
      respondToCase(reviewerActor, caseId, `${RESPONSE} 甲`),
      respondToCase({ ...reviewerActor, id: second.id }, caseId, `${RESPONSE} 乙`),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "rectification.responded", subjectId: caseId } })).toBe(1);
  });

  it("only the resident confirms or disputes, and only after the answer", async () => {
    const { applicant, app, caseId, reviewerActor } = await badlyRated();
    await expect(giveVerdict(applicant.id, caseId, "confirmed")).rejects.toMatchObject({
      code: "errors:rectification.notResponded",
    });
    await respondToCase(reviewerActor, caseId, RESPONSE);
    const stranger = await createResident();
    await expect(giveVerdict(stranger.id, caseId, "confirmed")).rejects.toMatchObject({
      code: "errors:rectification.notFound",
    });
    await giveVerdict(applicant.id, caseId, "disputed");
    expect(await db.rectificationCase.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({
      status: "disputed",
    });
    expect(await db.applicationEvent.count({ where: { applicationId: app.id, type: "rectification_disputed" } })).toBe(
      1,
    );
    await expect(giveVerdict(applicant.id, caseId, "confirmed")).rejects.toMatchObject({
      code: "errors:rectification.notResponded",
    });
  });

  it("an open case past its due date is escalated once; an answered one or one not yet due is not", async () => {
    // Opened Thursday 2026-12-03, due Thursday 2026-12-10: overdue from Friday 2026-12-11.
    const opened = new Date("2026-12-03T02:00:00Z");
    const late = await badlyRated(opened);
    const answered = await badlyRated(opened);
    await respondToCase(answered.reviewerActor, answered.caseId, RESPONSE);
    const onTheDay = await escalateOverdueCases(new Date("2026-12-10T15:00:00Z")); // 23:00 on the 10th, Shanghai
    expect(onTheDay.escalated).toBe(0);
    const nextDay = new Date("2026-12-10T16:30:00Z"); // 00:30 on the 11th, Shanghai
    expect((await escalateOverdueCases(nextDay)).escalated).toBeGreaterThanOrEqual(1);
    expect(await db.rectificationCase.findUniqueOrThrow({ where: { id: late.caseId } })).toMatchObject({
      escalatedAt: nextDay,
      status: "open",
    });
    expect((await db.rectificationCase.findUniqueOrThrow({ where: { id: answered.caseId } })).escalatedAt).toBeNull();
    await escalateOverdueCases(new Date(nextDay.getTime() + 3600e3));
    expect(await db.auditLog.count({ where: { action: "rectification.escalated", subjectId: late.caseId } })).toBe(1);
    const admin = await createStaff("admin", null);
    const escalated = await listCases({ id: admin.id, role: "admin" }, { escalatedOnly: true });
    expect(escalated.map((c) => c.id)).toContain(late.caseId);
    expect(escalated.map((c) => c.id)).not.toContain(answered.caseId);
  });
});
