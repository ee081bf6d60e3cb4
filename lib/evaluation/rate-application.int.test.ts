// Rating an application's service: only its applicant, only once decided (online), one per channel, changeable for a
// while; a rating of 1 or 2 opens a rectification case for the lead department, a better one withdraws it.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createDecided, createResident, createSubmitted } from "@/lib/test-support/factories";
import { rateApplication } from "./rate-application";

const online = (residentId: string) => ({ kind: "resident" as const, residentId, channel: "online" as const });

describe("rateApplication", () => {
  it("records a decided application's rating with its timeline entry and audit row, and the decision columns", async () => {
    const { applicant, app } = await createDecided();
    const r = await rateApplication(online(applicant.id), app.id, { score: 5, reasons: [], comment: " 很好 " });
    expect(r).toMatchObject({ changed: false, caseOpened: false });
    const ev = await db.evaluation.findUniqueOrThrow({ where: { id: r.evaluationId } });
    expect(ev).toMatchObject({ score: 5, comment: "很好", channel: "online", departmentId: "hrss" });
    expect(await db.rectificationCase.count({ where: { evaluationId: ev.id } })).toBe(0);
    expect(await db.applicationEvent.count({ where: { applicationId: app.id, type: "evaluated" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "evaluation.recorded", subjectId: ev.id } })).toBe(1);
    const decided = await db.application.findUniqueOrThrow({ where: { id: app.id } });
    expect(decided.decidedAt).toBeInstanceOf(Date);
    expect(decided.decidedOn).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(decided.decisionWorkingDays).toBe(0);
  });

  it("refuses someone else's application as not found, and an undecided one online", async () => {
    const { app } = await createDecided();
    const other = await createResident();
    await expect(rateApplication(online(other.id), app.id, { score: 4 })).rejects.toMatchObject({
      code: "errors:evaluation.notFound",
    });
    const mine = await createSubmitted({ applicant: other });
    await expect(rateApplication(online(other.id), mine.id, { score: 4 })).rejects.toMatchObject({
      code: "errors:evaluation.notRatable",
    });
    // At the terminal, right after the task, it may be rated.
    await expect(
      rateApplication({ kind: "resident", residentId: other.id, channel: "terminal" }, mine.id, { score: 4 }),
    ).resolves.toMatchObject({ changed: false });
  });

  it("refuses a score off the scale and a reason off the list", async () => {
    const { applicant, app } = await createDecided();
    for (const bad of [{ score: 0 }, { score: 6 }, { score: 2.5 }, { score: 3, reasons: ["bribery"] }])
      await expect(rateApplication(online(applicant.id), app.id, bad)).rejects.toMatchObject({
        code: "errors:evaluation.invalid",
      });
    expect(await db.evaluation.count({ where: { applicationId: app.id } })).toBe(0);
  });

  it("a 2 opens a case due in five working days; changed to 4 it withdraws the case; back to 1 reopens it", async () => {
    const { applicant, app } = await createDecided();
    // Thursday 2026-12-03 in Shanghai: five working days later is Thursday 2026-12-10.
    const now = new Date("2026-12-03T02:00:00Z");
    const first = await rateApplication(online(applicant.id), app.id, { score: 2, reasons: ["slow"] }, now);
    expect(first.caseOpened).toBe(true);
    const opened = await db.rectificationCase.findUniqueOrThrow({ where: { evaluationId: first.evaluationId } });
    expect(opened).toMatchObject({ status: "open", departmentId: "hrss", openedOn: "2026-12-03", dueBy: "2026-12-10" });

    const better = await rateApplication(online(applicant.id), app.id, { score: 4 }, new Date(now.getTime() + 3600e3));
    expect(better).toMatchObject({ changed: true, caseOpened: false, evaluationId: first.evaluationId });
    expect(await db.rectificationCase.findUniqueOrThrow({ where: { id: opened.id } })).toMatchObject({
      status: "withdrawn",
    });
    await rateApplication(online(applicant.id), app.id, { score: 1 }, new Date(now.getTime() + 7200e3));
    expect(await db.rectificationCase.findUniqueOrThrow({ where: { id: opened.id } })).toMatchObject({
      status: "open",
    });
    expect(await db.evaluation.count({ where: { applicationId: app.id } })).toBe(1);
  });

  it("a rating can no longer be changed after the change period; another channel is its own rating", async () => {
    const { applicant, app } = await createDecided();
    const now = new Date("2026-12-03T02:00:00Z");
    await rateApplication(online(applicant.id), app.id, { score: 3 }, now);
    const eightDaysOn = new Date(now.getTime() + 8 * 86_400_000);
    await expect(rateApplication(online(applicant.id), app.id, { score: 5 }, eightDaysOn)).rejects.toMatchObject({
      code: "errors:evaluation.locked",
    });
    await rateApplication({ kind: "sms-reply", residentId: applicant.id }, app.id, { score: 5 }, eightDaysOn);
    expect(await db.evaluation.count({ where: { applicationId: app.id } })).toBe(2);
  });
});
