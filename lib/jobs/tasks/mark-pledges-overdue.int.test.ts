// The overdue pledge against the real database: the day after the due date the application becomes a supplement
// request, fired by the system through the transition use case (event row, inbox row, SMS, the system's audit row),
// once however often and however many workers run it; before that day, or before acceptance, nothing happens.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { markPledgesOverdue } from "./mark-pledges-overdue";
import { seedDepartments, createPledged } from "@/lib/test-support/factories";
import { raceOnRow } from "@/lib/test-support/row-lock";

beforeAll(seedDepartments);

const at = (ymd: string) => new Date(`${ymd}T08:00:00+08:00`);

/** Accepted unless told otherwise: the overdue step needs the deadline clock running. */
const pledged = (dueBy: string, opts: { accepted?: boolean } = { accepted: true }) => createPledged(dueBy, opts);

async function outcome(applicationId: string, mobile: string) {
  const [app, events, audit, inbox, sms] = await Promise.all([
    db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true, pausedOn: true } }),
    db.applicationEvent.findMany({
      where: { applicationId, type: "pledge_overdue" },
      select: { actorId: true, actorRole: true, departmentId: true, fromStatus: true, toStatus: true, payload: true },
    }),
    db.auditLog.findMany({
      where: { subjectId: applicationId, action: "application.moved_by_system" },
      select: { actorId: true, actorRole: true, payload: true },
    }),
    db.notification.count({ where: { applicationId, type: "pledge_overdue" } }),
    db.outboxMessage.count({ where: { to: mobile, body: { contains: "逾期" } } }),
  ]);
  return { app, events, audit, inbox, sms };
}

describe("markPledgesOverdue", () => {
  it("leaves a pledge alone on its due date and fires the lead department's pledge_overdue as the system the day after", async () => {
    const { applicant, app } = await pledged("2026-12-04"); // Friday
    await markPledgesOverdue(at("2026-12-04"));
    expect((await outcome(app.id, applicant.mobile)).app.status).toBe("accepted");

    const run = await markPledgesOverdue(at("2026-12-05"));
    expect(run.overdue).toBeGreaterThanOrEqual(1);
    const o = await outcome(app.id, applicant.mobile);
    expect(o.app).toEqual({ status: "supplement_requested", pausedOn: "2026-12-05" });
    expect(o.events).toEqual([
      {
        actorId: "system",
        actorRole: "system",
        departmentId: "civil-affairs",
        fromStatus: "accepted",
        toStatus: "supplement_requested",
        payload: { materials: ["bank-card"] },
      },
    ]);
    expect(o.audit).toEqual([
      {
        actorId: "system",
        actorRole: "system",
        payload: { event: "pledge_overdue", from: "accepted", to: "supplement_requested", materials: ["bank-card"] },
      },
    ]);
    expect(o.inbox).toBe(1);
    expect(o.sms).toBe(1);
  });

  it("run twice (and on later days), fires once", async () => {
    const { applicant, app } = await pledged("2026-11-20");
    await markPledgesOverdue(at("2026-11-23"));
    await markPledgesOverdue(at("2026-11-23"));
    await markPledgesOverdue(at("2026-11-24"));
    const o = await outcome(app.id, applicant.mobile);
    expect(o.events).toHaveLength(1);
    expect(o.audit).toHaveLength(1);
    expect(o.inbox).toBe(1);
    expect(o.sms).toBe(1);
  });

  it("two workers at the same moment: one fires it, the other finds it moved on", async () => {
    const { applicant, app } = await pledged("2026-11-13");
    const results = await raceOnRow("Application", app.id, [
      () => markPledgesOverdue(at("2026-11-16")),
      () => markPledgesOverdue(at("2026-11-16")),
    ]);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value.overdue : -1)).sort()).toEqual([0, 1]);
    const o = await outcome(app.id, applicant.mobile);
    expect(o.events).toHaveLength(1);
    expect(o.audit).toHaveLength(1);
    expect(o.inbox).toBe(1);
    expect(o.sms).toBe(1);
  });

  it("an application not yet accepted waits for intake (the event exists only from accepted / under review)", async () => {
    const { applicant, app } = await pledged("2026-11-05", { accepted: false });
    await markPledgesOverdue(at("2026-11-10"));
    const o = await outcome(app.id, applicant.mobile);
    expect(o.app.status).toBe("submitted");
    expect(o.events).toEqual([]);
  });
});
