import { describe, expect, it } from "vitest";
import { timelineOf } from "./timeline";

const at = (s: number) => new Date(Date.UTC(2026, 11, 3, 2, 0, s));
const events = [
  {
    id: 3,
    at: at(3),
    type: "evaluated",
    toStatus: null,
    actorRole: "resident",
    departmentId: null,
    payload: { score: 2 },
  },
  {
    id: 1,
    at: at(1),
    type: "submitted",
    toStatus: "submitted",
    actorRole: "resident",
    departmentId: null,
    payload: {},
  },
  {
    id: 4,
    at: at(4),
    type: "rectification_responded",
    toStatus: null,
    actorRole: "reviewer",
    departmentId: "hrss",
    payload: { note: "已增开窗口" },
  },
  {
    id: 2,
    at: at(2),
    type: "refuse",
    toStatus: "refused",
    actorRole: "reviewer",
    departmentId: "hrss",
    payload: { reason: "x", note: "n" },
  },
];

describe("timelineOf", () => {
  it("orders by time and shows the resident their rating and the department's answer", () => {
    const shown = timelineOf(events);
    expect(shown.map((e) => e.type)).toEqual(["submitted", "refuse", "evaluated", "rectification_responded"]);
    expect(shown[2]!.details.score).toBe(2);
    expect(shown[3]!.details.note).toBe("已增开窗口");
  });

  it("the public view has neither notes nor anything about the rating", () => {
    const shown = timelineOf(events, { withNotes: false });
    expect(shown.map((e) => e.type)).toEqual(["submitted", "refuse"]);
    expect(shown[1]!.details.note).toBeUndefined();
  });
});
