import { describe, expect, it } from "vitest";
import { machineContext, pendingOf } from "./machine-context";
import { requestedMaterials } from "./requested-materials";
import { timelineOf } from "../read/timeline";

const at = (min: number) => new Date(Date.UTC(2026, 11, 1, 2, min));
const base = {
  status: "under_review" as const,
  submittedAt: at(0),
  pendingMaterials: [
    { material: "income-proof", dueBy: "2026-11-30" },
    { material: "bank-card", dueBy: "2026-12-20" },
  ],
  parts: [
    { departmentId: "civil-affairs", status: "approved" as const },
    { departmentId: "township", status: "pending" as const },
  ],
  events: [
    { type: "submitted", fromStatus: "draft" as const, actorRole: "resident", at: at(0), payload: {} },
    {
      type: "request_supplement",
      fromStatus: "submitted" as const,
      actorRole: "reviewer",
      at: at(5),
      payload: { materials: ["hukou", "id-card"] },
    },
    { type: "resubmit", fromStatus: "supplement_requested" as const, actorRole: "resident", at: at(9), payload: {} },
  ],
};

describe("machine context from stored rows", () => {
  it("knows the parts, the one supplement request, where a resubmission returns, overdue pledges and staff activity", () => {
    const c = machineContext(base, "civil-affairs", at(20), "2026-12-01");
    expect(c.parts).toEqual({ "civil-affairs": "approved", township: "pending" });
    expect(c.supplementRequested).toBe(true);
    expect(c.returnTo).toBe("submitted");
    expect(c.pledgeOverdue).toBe(true); // income proof was due on Nov 30
    expect(c.staffActed).toBe(true);
  });

  it("sees no staff activity since a fresh (re)submission and no overdue pledge before the due date", () => {
    const fresh = {
      ...base,
      events: [base.events[0]!],
      pendingMaterials: [{ material: "bank-card", dueBy: "2026-12-20" }],
    };
    const c = machineContext(fresh, "civil-affairs", at(1), "2026-12-01");
    expect(c.staffActed).toBe(false);
    expect(c.supplementRequested).toBe(false);
    expect(c.pledgeOverdue).toBe(false);
  });

  it("ignores malformed pending materials", () => {
    // Each malformed entry carries a due date long past, so it would make the pledge overdue (or throw) if it
    // were not dropped; only the well-formed one, due later, remains.
    const malformed = [
      null,
      "x",
      { nope: 1 },
      { dueBy: "2026-11-01" },
      { material: 7, dueBy: "2026-11-01" },
      { material: "hukou", dueBy: ["2026-11-01"] },
    ];
    const pending = [...malformed, { material: "bank-card", dueBy: "2026-12-20" }];
    expect(pendingOf(pending)).toEqual([{ material: "bank-card", dueBy: "2026-12-20" }]);
    expect(
      machineContext({ ...base, pendingMaterials: pending }, "civil-affairs", at(1), "2026-12-01").pledgeOverdue,
    ).toBe(false);
    expect(pendingOf({ material: "hukou", dueBy: "2026-11-01" })).toEqual([]);
  });
});

describe("what a supplement request asks for", () => {
  it("is the list the reviewer gave, or the overdue pledged materials", () => {
    expect(requestedMaterials(base.events, base.pendingMaterials)).toEqual(["hukou", "id-card"]);
    const overdue = [...base.events, { type: "pledge_overdue", payload: {} }];
    expect(requestedMaterials(overdue, base.pendingMaterials)).toEqual(["income-proof", "bank-card"]);
    expect(requestedMaterials([base.events[0]!], base.pendingMaterials)).toEqual([]);
  });
});

describe("timeline", () => {
  const stored = [
    {
      id: 2n,
      at: at(5),
      type: "refuse",
      toStatus: "refused",
      actorRole: "reviewer",
      departmentId: "civil-affairs",
      payload: { reason: "not-eligible", legalBasis: 0, note: "户籍不在本市" },
    },
    {
      id: 1n,
      at: at(0),
      type: "submitted",
      toStatus: "submitted",
      actorRole: "resident",
      departmentId: null,
      payload: { reference: "YN1" },
    },
  ];
  it("is oldest first with the event's codes", () => {
    const entries = timelineOf(stored);
    expect(entries.map((e) => e.type)).toEqual(["submitted", "refuse"]);
    expect(entries[1]!.details).toMatchObject({ reason: "not-eligible", legalBasis: 0, note: "户籍不在本市" });
  });
  it("drops free-text notes for the public tracking page", () => {
    expect(timelineOf(stored, { withNotes: false })[1]!.details.note).toBeUndefined();
  });
  it("says which window and staff member entered an application for the resident, but not on the public page", () => {
    const window = [
      {
        id: 3n,
        at: at(0),
        type: "submitted",
        toStatus: "submitted",
        actorRole: "clerk",
        departmentId: null,
        payload: { onBehalf: { windowNo: "3", staffId: "clerk01" } },
      },
    ];
    expect(timelineOf(window)[0]!.details.onBehalf).toEqual({ windowNo: "3", staffId: "clerk01" });
    expect(timelineOf(window, { withNotes: false })[0]!.details.onBehalf).toBeUndefined();
    expect(
      timelineOf([{ ...window[0]!, payload: { onBehalf: { windowNo: 3 } } }])[0]!.details.onBehalf,
    ).toBeUndefined();
  });
});
