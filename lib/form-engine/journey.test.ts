import { describe, expect, it } from "vitest";
import { elderlyAllowance } from "@/lib/services/items/elderly-allowance";
import { fieldVisible, pruneAnswers, stepNeighbours, visibleFields, visibleSteps } from "./journey";
import type { Answers, Channel, FieldDef, ServiceDef, StepDef } from "./types";

const t = (zh: string) => ({ zh, ug: zh });

// A small hand-built item whose every step is hidden or shown for exactly one reason:
//   start    – always; one window-only field (note)
//   route-a  – the step's own showWhen (route = a)
//   route-b  – no step condition, but its only field needs route = b: a step with no visible fields
//   clerk    – the step's channels (window only), its field has no condition of its own
//   end      – always; one field for online AND route = a at once
// Built without defineService: it has no applicant step (which defineService requires of real items), so that each
// step here is hidden or shown for one reason only.
const fixture: ServiceDef = {
  code: "TEST-JOURNEY-001",
  slug: "journey-fixture",
  title: t("测试"),
  summary: t("测试"),
  department: "civil-affairs",
  assurance: "registry",
  lifeEvents: [],
  keywords: { zh: [], ug: [] },
  whoCanApply: t("测试"),
  conditions: [],
  materials: [],
  fee: t("不收费"),
  promisedDays: 1,
  legalDays: 1,
  legalBasis: [],
  channels: ["online", "window", "terminal"],
  resultDelivery: t("测试"),
  faq: [],
  steps: [
    {
      id: "start",
      title: t("开始"),
      fields: [
        {
          kind: "radio",
          name: "route",
          label: t("路线"),
          options: [
            { value: "a", label: t("甲") },
            { value: "b", label: t("乙") },
          ],
        },
        { kind: "text", name: "note", label: t("备注"), optional: true, channels: ["window"] },
      ],
    },
    {
      id: "route-a",
      title: t("甲"),
      showWhen: { field: "route", equals: "a" },
      fields: [{ kind: "text", name: "aDetail", label: t("甲") }],
    },
    {
      id: "route-b",
      title: t("乙"),
      fields: [{ kind: "text", name: "bDetail", label: t("乙"), showWhen: { field: "route", equals: "b" } }],
    },
    {
      id: "clerk",
      title: t("窗口"),
      channels: ["window"],
      fields: [{ kind: "declaration", name: "clerkCheck", label: t("核验"), statement: t("核验") }],
    },
    {
      id: "end",
      title: t("结束"),
      fields: [
        { kind: "declaration", name: "agree", label: t("承诺"), statement: t("承诺") },
        {
          kind: "text",
          name: "onlineExtra",
          label: t("补充"),
          channels: ["online"],
          showWhen: { field: "route", equals: "a" },
        },
      ],
    },
  ],
};

const step = (service: ServiceDef, id: string): StepDef => service.steps.find((s) => s.id === id)!;
const field = (service: ServiceDef, name: string): FieldDef =>
  service.steps.flatMap((s) => s.fields).find((f) => f.name === name)!;
const stepIds = (service: ServiceDef, answers: Answers, channel: Channel) =>
  visibleSteps(service, answers, channel).map((s) => s.id);
const fieldNames = (s: StepDef, answers: Answers, channel: Channel) =>
  visibleFields(s, answers, channel).map((f) => f.name);

describe("fieldVisible", () => {
  it("a field without channels or showWhen is visible everywhere", () => {
    for (const channel of ["online", "window", "terminal"] as const)
      expect(fieldVisible(field(fixture, "route"), {}, channel)).toBe(true);
  });
  it("a field with channels is visible only in those channels", () => {
    expect(fieldVisible(field(fixture, "note"), {}, "window")).toBe(true);
    expect(fieldVisible(field(fixture, "note"), {}, "online")).toBe(false);
    expect(fieldVisible(field(fixture, "note"), {}, "terminal")).toBe(false);
  });
  it("a field with showWhen is visible only when its condition holds", () => {
    expect(fieldVisible(field(fixture, "bDetail"), { route: "b" }, "online")).toBe(true);
    expect(fieldVisible(field(fixture, "bDetail"), { route: "a" }, "online")).toBe(false);
    expect(fieldVisible(field(fixture, "bDetail"), {}, "online")).toBe(false);
  });
  it("a field with both needs both: the right channel AND the condition", () => {
    const extra = field(fixture, "onlineExtra");
    expect(fieldVisible(extra, { route: "a" }, "online")).toBe(true);
    expect(fieldVisible(extra, { route: "a" }, "window")).toBe(false);
    expect(fieldVisible(extra, { route: "b" }, "online")).toBe(false);
  });
});

describe("visibleFields", () => {
  it("keeps the step's visible fields in their order", () => {
    expect(fieldNames(step(fixture, "start"), {}, "window")).toEqual(["route", "note"]);
    expect(fieldNames(step(fixture, "start"), {}, "online")).toEqual(["route"]);
    expect(fieldNames(step(fixture, "end"), { route: "a" }, "online")).toEqual(["agree", "onlineExtra"]);
    expect(fieldNames(step(fixture, "end"), { route: "b" }, "online")).toEqual(["agree"]);
  });
});

describe("visibleSteps", () => {
  it("hides a step by its showWhen, a step whose fields are all hidden, and a step of another channel", () => {
    // route-a: showWhen fails; route-b: no visible field; clerk: window only.
    expect(stepIds(fixture, {}, "online")).toEqual(["start", "end"]);
  });
  it("shows the branch that was chosen", () => {
    expect(stepIds(fixture, { route: "a" }, "online")).toEqual(["start", "route-a", "end"]);
    expect(stepIds(fixture, { route: "b" }, "online")).toEqual(["start", "route-b", "end"]);
  });
  it("shows a channel's own step only in that channel", () => {
    expect(stepIds(fixture, { route: "a" }, "window")).toEqual(["start", "route-a", "clerk", "end"]);
    expect(stepIds(fixture, { route: "a" }, "terminal")).toEqual(["start", "route-a", "end"]);
  });
});

describe("stepNeighbours", () => {
  // Window, route a: start → route-a → clerk → end.
  const at = (id: string) => {
    const n = stepNeighbours(fixture, id, { route: "a" }, "window");
    return { index: n.index, total: n.total, previous: n.previous?.id, next: n.next?.id };
  };
  it("at the first step there is no previous one", () => {
    expect(at("start")).toEqual({ index: 0, total: 4, previous: undefined, next: "route-a" });
  });
  it("in the middle both neighbours are visible steps (hidden ones are skipped)", () => {
    expect(at("route-a")).toEqual({ index: 1, total: 4, previous: "start", next: "clerk" });
    expect(at("clerk")).toEqual({ index: 2, total: 4, previous: "route-a", next: "end" });
  });
  it("online, the window-only step is skipped: route-a is followed by end", () => {
    const n = stepNeighbours(fixture, "route-a", { route: "a" }, "online");
    expect([n.previous?.id, n.next?.id]).toEqual(["start", "end"]);
  });
  it("at the last step there is no next one", () => {
    expect(at("end")).toEqual({ index: 3, total: 4, previous: "clerk", next: undefined });
  });
  it("an unknown step, or one hidden for these answers, has no neighbours", () => {
    expect(at("no-such-step")).toEqual({ index: -1, total: 4, previous: undefined, next: undefined });
    expect(at("route-b")).toEqual({ index: -1, total: 4, previous: undefined, next: undefined });
  });
});

describe("pruneAnswers", () => {
  const everything: Answers = {
    route: "b",
    note: "n",
    aDetail: "left branch",
    bDetail: "b detail",
    clerkCheck: true,
    agree: false,
    onlineExtra: "x",
    stray: "not a field",
  };
  it("online on route b: drops the other branch, window-only answers and unknown keys; keeps visible ones, even false", () => {
    expect(pruneAnswers(fixture, everything, "online")).toEqual({ route: "b", bDetail: "b detail", agree: false });
  });
  it("at the window on route a: keeps route a, the note and the clerk's check", () => {
    expect(pruneAnswers(fixture, { ...everything, route: "a" }, "window")).toEqual({
      route: "a",
      note: "n",
      aDetail: "left branch",
      clerkCheck: true,
      agree: false,
    });
  });
});

describe("a real item: elderly allowance", () => {
  const payout = step(elderlyAllowance, "payout");
  const materials = step(elderlyAllowance, "materials");
  it("a bank payout asks for bank and card number; a social security card asks for neither", () => {
    expect(fieldNames(payout, { payout: "bank" }, "online")).toEqual(["payout", "bankName", "bankCardNumber"]);
    expect(fieldNames(payout, { payout: "social-security-card" }, "online")).toEqual(["payout"]);
  });
  it("switching from bank to social security card drops the bank answers", () => {
    const answers = {
      payout: "social-security-card",
      bankName: "icbc",
      bankCardNumber: "6222020200112233445",
      declarationTruthful: true,
    };
    expect(pruneAnswers(elderlyAllowance, answers, "online")).toEqual({
      payout: "social-security-card",
      declarationTruthful: true,
    });
    expect(pruneAnswers(elderlyAllowance, { ...answers, payout: "bank" }, "online")).toEqual({
      ...answers,
      payout: "bank",
    });
  });
  it("the window check step is shown at the window only", () => {
    expect(stepIds(elderlyAllowance, {}, "online")).not.toContain("window-check");
    expect(stepIds(elderlyAllowance, {}, "terminal")).not.toContain("window-check");
    expect(stepIds(elderlyAllowance, {}, "window")).toEqual([
      "applicant",
      "elder",
      "payout",
      "materials",
      "window-check",
      "declaration",
    ]);
  });
  it("the pledge for a missing bank card is asked only while no card is uploaded; the power of attorney only for a family member", () => {
    expect(fieldNames(materials, { forWhom: "self", bankCardScan: [] }, "online")).toEqual([
      "hukouScan",
      "idCardScan",
      "bankCardScan",
      "bankCardPledge",
    ]);
    expect(fieldNames(materials, { forWhom: "family", bankCardScan: ["u3"] }, "online")).toEqual([
      "hukouScan",
      "idCardScan",
      "bankCardScan",
      "powerOfAttorneyScan",
    ]);
  });
});
