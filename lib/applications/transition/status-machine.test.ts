import { describe, expect, it } from "vitest";
import {
  allowedEvents,
  decide,
  events,
  statuses,
  UNDO_WINDOW_MS,
  type Actor,
  type EventType,
  type MachineContext,
  type Status,
} from "./status-machine";

const now = new Date("2026-12-01T10:00:00+08:00");
const ctx = (status: Status, extra: Partial<MachineContext> = {}): MachineContext => ({
  status,
  leadDepartment: "civil-affairs",
  parts: { "civil-affairs": "pending" },
  supplementRequested: false,
  submittedAt: new Date(now.getTime() - 60_000),
  now,
  ...extra,
});
const parallel = (parts: MachineContext["parts"], status: Status = "under_review") => ctx(status, { parts });

const resident: Actor = { role: "resident", isApplicant: true };
const otherResident: Actor = { role: "resident", isApplicant: false };
const clerk: Actor = { role: "clerk", departmentId: "service-center" };
const civil: Actor = { role: "reviewer", departmentId: "civil-affairs" };
const township: Actor = { role: "reviewer", departmentId: "township" };
const hrss: Actor = { role: "reviewer", departmentId: "hrss" };
const system: Actor = { role: "system" };
const admin: Actor = { role: "admin", departmentId: "service-center" };

// Every allowed transition: [event, from, actor, context, to].
const allowed: Array<[EventType, Status, Actor, Partial<MachineContext>, Status]> = [
  ["submit", "draft", resident, {}, "submitted"],
  ["submit", "draft", clerk, {}, "submitted"], // at the window, for the resident served (the use case checks the grant)
  ["accept", "submitted", civil, {}, "accepted"],
  ["accept", "submitted", clerk, {}, "accepted"],
  ["refuse_intake", "submitted", civil, {}, "not_accepted"],
  ["refuse_intake", "submitted", clerk, {}, "not_accepted"],
  ["request_supplement", "submitted", civil, {}, "supplement_requested"],
  ["request_supplement", "accepted", civil, {}, "supplement_requested"],
  ["request_supplement", "under_review", civil, {}, "supplement_requested"],
  ["request_supplement", "submitted", clerk, {}, "supplement_requested"],
  ["pledge_overdue", "accepted", system, { pledgeOverdue: true }, "supplement_requested"],
  ["pledge_overdue", "under_review", civil, { pledgeOverdue: true }, "supplement_requested"],
  ["resubmit", "supplement_requested", resident, { returnTo: "submitted" }, "submitted"],
  ["resubmit", "supplement_requested", resident, { returnTo: "under_review" }, "under_review"],
  ["resubmit", "supplement_requested", clerk, { returnTo: null }, "under_review"],
  ["approve_part", "accepted", civil, {}, "approved"],
  ["approve_part", "under_review", civil, {}, "approved"],
  ["refuse", "accepted", civil, {}, "refused"],
  ["refuse", "under_review", civil, {}, "refused"],
  ["issue_result", "approved", civil, {}, "result_issued"],
  ["issue_result", "approved", clerk, {}, "result_issued"],
  ["close", "result_issued", civil, {}, "closed"],
  ["close", "refused", clerk, {}, "closed"],
  ["close", "not_accepted", civil, {}, "closed"],
  ["withdraw", "submitted", resident, {}, "withdrawn"],
  ["withdraw", "accepted", resident, {}, "withdrawn"],
  ["withdraw", "under_review", resident, {}, "withdrawn"],
  ["withdraw", "supplement_requested", resident, {}, "withdrawn"],
  ["undo_submit", "submitted", resident, {}, "draft"],
];

describe("status machine: allowed transitions", () => {
  it.each(allowed)("%s from %s by %o", (event, from, actor, extra, to) => {
    const d = decide(ctx(from, extra), event, actor);
    expect(d).toMatchObject({ ok: true, to });
  });

  it("pauses the clock on a supplement request and resumes it on resubmission", () => {
    expect(decide(ctx("under_review"), "request_supplement", civil)).toMatchObject({ pauseClock: true });
    expect(decide(ctx("supplement_requested", { returnTo: "under_review" }), "resubmit", resident)).toMatchObject({
      resumeClock: true,
    });
  });
});

describe("status machine: forbidden transitions", () => {
  // Every event from every status it is not allowed from is an invalid state, for an actor who may fire it.
  const mayFire: Record<EventType, Actor> = {
    submit: resident,
    accept: civil,
    refuse_intake: civil,
    request_supplement: civil,
    pledge_overdue: system,
    resubmit: resident,
    approve_part: civil,
    refuse: civil,
    issue_result: civil,
    close: civil,
    withdraw: resident,
    undo_submit: resident,
  };
  const allowedPairs = new Set(allowed.map(([e, from]) => `${e}:${from}`));
  const rows = events.flatMap((e) =>
    statuses.filter((s) => !allowedPairs.has(`${e}:${s}`)).map((s) => [e, s] as const),
  );
  it.each(rows)("%s from %s is refused as an invalid state", (event, from) => {
    expect(decide(ctx(from, { pledgeOverdue: true, returnTo: "under_review" }), event, mayFire[event])).toEqual({
      ok: false,
      reason: "invalidState",
    });
  });

  it.each<[EventType, Status, Actor]>([
    ["submit", "draft", { role: "resident", isApplicant: false }], // someone else's draft
    ["submit", "draft", civil], // reviewers never submit
    ["submit", "draft", admin],
    ["submit", "draft", system],
    ["accept", "submitted", hrss], // another department
    ["accept", "submitted", resident],
    ["accept", "submitted", admin],
    ["refuse_intake", "submitted", township], // a co-department does not decide intake
    ["request_supplement", "submitted", resident],
    ["request_supplement", "submitted", hrss],
    ["approve_part", "under_review", clerk], // the window accepts and issues, it does not approve
    ["approve_part", "under_review", hrss],
    ["refuse", "under_review", clerk],
    ["issue_result", "approved", township],
    ["close", "result_issued", resident],
    ["withdraw", "submitted", otherResident],
    ["withdraw", "submitted", clerk],
    ["undo_submit", "submitted", otherResident],
    ["resubmit", "supplement_requested", otherResident],
    ["resubmit", "supplement_requested", civil],
    ["pledge_overdue", "under_review", resident],
  ])("%s from %s by %o is forbidden", (event, from, actor) => {
    expect(decide(ctx(from), event, actor)).toEqual({ ok: false, reason: "forbidden" });
  });

  it("asks for missing material once only (一次性告知)", () => {
    expect(decide(ctx("under_review", { supplementRequested: true }), "request_supplement", civil)).toEqual({
      ok: false,
      reason: "supplementAlreadyRequested",
    });
  });

  it("marks a pledge overdue only when one is", () => {
    expect(decide(ctx("under_review", { pledgeOverdue: false }), "pledge_overdue", system)).toEqual({
      ok: false,
      reason: "noOverduePledge",
    });
  });

  it("undoes a submission within 10 minutes only, and only before staff acted", () => {
    const at = (ms: number, staffActed = false) =>
      ctx("submitted", { submittedAt: new Date(now.getTime() - ms), staffActed });
    expect(decide(at(UNDO_WINDOW_MS), "undo_submit", resident)).toMatchObject({ ok: true, to: "draft" });
    expect(decide(at(UNDO_WINDOW_MS + 1), "undo_submit", resident)).toEqual({ ok: false, reason: "undoExpired" });
    expect(decide(at(1000, true), "undo_submit", resident)).toEqual({ ok: false, reason: "undoExpired" });
  });
});

describe("status machine: parallel approval (并行审批)", () => {
  it("stays under review until every department has approved", () => {
    const both = { "civil-affairs": "pending", township: "pending" } as const;
    expect(decide(parallel(both, "accepted"), "approve_part", township)).toEqual({
      ok: true,
      to: "under_review",
      part: { departmentId: "township", status: "approved" },
    });
    expect(decide(parallel(both), "approve_part", civil)).toMatchObject({ ok: true, to: "under_review" });
  });

  it("is approved when the last department approves, in either order", () => {
    expect(
      decide(parallel({ "civil-affairs": "approved", township: "pending" }), "approve_part", township),
    ).toMatchObject({ ok: true, to: "approved" });
    expect(decide(parallel({ "civil-affairs": "pending", township: "approved" }), "approve_part", civil)).toMatchObject(
      { ok: true, to: "approved" },
    );
  });

  it("stops at any department's refusal, even after the other approved", () => {
    expect(decide(parallel({ "civil-affairs": "approved", township: "pending" }), "refuse", township)).toMatchObject({
      ok: true,
      to: "refused",
    });
    expect(decide(parallel({ "civil-affairs": "pending", township: "pending" }), "refuse", civil)).toMatchObject({
      ok: true,
      to: "refused",
    });
  });

  it("lets a department decide its own part once", () => {
    expect(decide(parallel({ "civil-affairs": "approved", township: "pending" }), "approve_part", civil)).toEqual({
      ok: false,
      reason: "partDecided",
    });
    expect(decide(parallel({ "civil-affairs": "approved", township: "pending" }), "refuse", civil)).toEqual({
      ok: false,
      reason: "partDecided",
    });
  });

  it("offers each reviewer exactly the buttons their part allows", () => {
    const c = parallel({ "civil-affairs": "approved", township: "pending" });
    expect(allowedEvents(c, civil)).toEqual(["request_supplement"]); // the lead department may still ask for material
    expect(allowedEvents(c, township)).toEqual(["request_supplement", "approve_part", "refuse"]);
    expect(allowedEvents(ctx("submitted"), civil)).toEqual(["accept", "refuse_intake", "request_supplement"]);
    expect(allowedEvents(ctx("submitted"), resident)).toEqual(["withdraw", "undo_submit"]);
  });
});
