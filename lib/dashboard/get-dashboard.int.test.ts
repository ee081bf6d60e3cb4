// Every dashboard figure on rows written straight into the database with chosen dates and values; the right answers
// are worked out by hand in the comments. Today is Thursday 2026-12-03 (Shanghai); the period is November 2026
// (custom 2026-11-01..2026-11-30) unless a test says otherwise. Items: social-security-card (XJ-YN-RS-001, hrss),
// employment-registration-card (XJ-YN-RS-003, hrss), elderly-allowance (XJ-YN-MZ-001, civil-affairs).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { createResident, createStaff } from "@/lib/test-support/factories";
import { getDashboard } from "./get-dashboard";
import { exportDashboardCsv } from "./export-dashboard-csv";
import { DashboardScopeError, type DashboardViewer } from "./dashboard-scope";

const TODAY = "2026-12-03";
const NOV = { period: "custom", from: "2026-11-01", to: "2026-11-30" };
const SSC = { serviceCode: "XJ-YN-RS-001", serviceSlug: "social-security-card" };
const EMP = { serviceCode: "XJ-YN-RS-003", serviceSlug: "employment-registration-card" };
const OLD = { serviceCode: "XJ-YN-MZ-001", serviceSlug: "elderly-allowance" };
const PERMIT = { serviceCode: "XJ-YN-GA-001", serviceSlug: "residence-permit" };

const admin: DashboardViewer = { id: "admin-x", role: "admin", departmentId: "service-center" };
const hrss: DashboardViewer = { id: "rev-hrss", role: "reviewer", departmentId: "hrss" };

let residentId = "";
const ids: Record<string, string> = {};

async function app(name: string, data: Omit<Prisma.ApplicationUncheckedCreateInput, "applicantId" | "enteredById">) {
  const row = await db.application.create({
    data: { applicantId: residentId, enteredById: residentId, status: "submitted", ...data },
  });
  ids[name] = row.id;
}

async function rating(
  name: string,
  data: { departmentId: string; score: number; createdAt: string; reasons?: string[]; app?: string; window?: boolean },
) {
  const row = await db.evaluation.create({
    data: {
      residentId,
      applicationId: data.app ? ids[data.app] : null,
      channel: data.window ? "window" : "online",
      departmentId: data.departmentId,
      score: data.score,
      reasons: data.reasons ?? [],
      changeableUntil: new Date("2027-01-01T00:00:00Z"),
      createdAt: new Date(data.createdAt),
    },
  });
  ids[name] = row.id;
}

async function rectification(data: Omit<Prisma.RectificationCaseUncheckedCreateInput, "evaluationId" | "residentId">) {
  // Each case needs its own evaluation; these are dated 2025, outside every period tested.
  const ev = await db.evaluation.create({
    data: {
      residentId,
      channel: "window",
      departmentId: data.departmentId,
      score: 1,
      reasons: [],
      changeableUntil: new Date("2025-07-01T00:00:00Z"),
      createdAt: new Date("2025-06-01T00:00:00Z"),
    },
  });
  await db.rectificationCase.create({ data: { evaluationId: ev.id, residentId, ...data } });
}

beforeAll(async () => {
  residentId = (await createResident()).id;
  // Volume and supplements (submittedAt; Shanghai is UTC+8, so November starts at 2026-10-31T16:00Z).
  await app("A1", { ...SSC, channel: "online", submittedAt: new Date("2026-10-31T16:00:00Z") }); // 11-01 00:00: in
  await app("A2", { ...SSC, channel: "window", submittedAt: new Date("2026-10-31T15:59:59Z") }); // 10-31: out
  await app("A3", { ...SSC, channel: "terminal", submittedAt: new Date("2026-11-30T15:59:59Z") }); // 11-30 23:59: in
  await app("A4", { ...SSC, channel: "online", submittedAt: new Date("2026-11-30T16:00:00Z") }); // 12-01: out
  await app("A5", { ...EMP, channel: "online", submittedAt: new Date("2026-11-10T02:00:00Z"), supplementRequests: 1 });
  await app("A6", { ...OLD, channel: "window", submittedAt: new Date("2026-11-11T02:00:00Z"), supplementRequests: 2 });
  await app("A7", { ...OLD, channel: "online", submittedAt: new Date("2026-11-12T02:00:00Z") });
  await app("A8", { ...SSC, status: "draft", submittedAt: new Date("2026-11-12T02:00:00Z") }); // a draft: never
  // Decisions (decidedOn), all submitted in September.
  const sept = { submittedAt: new Date("2026-09-15T02:00:00Z"), status: "approved" as const };
  const decided = (decidedOn: string, promisedBy: string, legalBy: string, decisionWorkingDays: number) => ({
    ...sept,
    decidedOn,
    decidedAt: new Date(`${decidedOn}T10:00:00+08:00`),
    promisedBy,
    legalBy,
    decisionWorkingDays,
  });
  await app("D1", { ...SSC, ...decided("2026-11-01", "2026-11-05", "2026-11-20", 3) }); // on time, on time
  await app("D2", { ...SSC, ...decided("2026-11-10", "2026-11-09", "2026-11-10", 8) }); // late, on time (same day)
  await app("D3", { ...EMP, ...decided("2026-11-30", "2026-11-30", "2026-11-30", 5) }); // on time, on time
  await app("D4", { ...OLD, ...decided("2026-11-20", "2026-11-10", "2026-11-15", 20) }); // late, late
  await app("D5", { ...SSC, ...decided("2026-10-31", "2026-11-30", "2026-11-30", 100) }); // out of the period
  await app("D6", { ...SSC, ...decided("2026-12-01", "2026-11-30", "2026-11-30", 100) }); // out of the period
  await app("D7", { ...OLD, ...decided("2026-11-26", "2026-11-26", "2026-11-26", 2) }); // unrated, at the cutoff
  await app("D8", { ...SSC, ...decided("2026-11-27", "2026-11-27", "2026-11-27", 4) }); // unrated, a day after it
  // Ratings (createdAt).
  await rating("E1", { departmentId: "hrss", score: 5, createdAt: "2026-10-31T16:00:00Z", app: "D1" }); // in
  await rating("E2", { departmentId: "hrss", score: 3, createdAt: "2026-11-15T02:00:00Z", window: true });
  await rating("E3", {
    departmentId: "hrss",
    score: 2,
    createdAt: "2026-11-16T02:00:00Z",
    reasons: ["slow", "unclear_guide"],
    app: "D2",
  });
  await rating("E4", {
    departmentId: "civil-affairs",
    score: 1,
    createdAt: "2026-11-17T02:00:00Z",
    reasons: ["slow", "staff_attitude"],
    app: "D4",
  });
  await rating("E5", { departmentId: "hrss", score: 1, createdAt: "2026-10-31T15:59:59Z", reasons: ["slow"] }); // out
  await rating("E6", { departmentId: "hrss", score: 4, createdAt: "2026-11-18T02:00:00Z", reasons: ["slow"] }); // good
  // Rectification cases (openedOn).
  await rectification({
    departmentId: "hrss",
    status: "responded",
    openedOn: "2026-11-16",
    dueBy: "2026-11-23",
    respondedAt: new Date("2026-11-20T02:00:00Z"),
    responseWorkingDays: 4,
  }); // C1: answered in time
  await rectification({ departmentId: "civil-affairs", status: "open", openedOn: "2026-11-17", dueBy: "2026-11-24" }); // C2: overdue
  await rectification({
    departmentId: "hrss",
    status: "confirmed",
    openedOn: "2026-11-01",
    dueBy: "2026-11-06",
    respondedAt: new Date("2026-11-06T16:30:00Z"), // 2026-11-07 00:30 in Shanghai: a day late
    responseWorkingDays: 5,
  }); // C3: overdue
  await rectification({ departmentId: "hrss", status: "withdrawn", openedOn: "2026-11-18", dueBy: "2026-11-25" }); // C4
  await rectification({ departmentId: "hrss", status: "open", openedOn: "2026-10-31", dueBy: "2026-11-06" }); // C5: out
  await rectification({
    departmentId: "hrss",
    status: "disputed",
    openedOn: "2026-11-30",
    dueBy: "2026-12-07",
    respondedAt: new Date("2026-12-01T02:00:00Z"),
    responseWorkingDays: 1,
  }); // C6
  await rectification({ departmentId: "hrss", status: "open", openedOn: "2026-11-30", dueBy: "2026-12-07" }); // C7: not yet due
});

describe("getDashboard: volume", () => {
  it("counts submissions from Shanghai midnight to Shanghai midnight, by item, department, channel and month", async () => {
    const d = await getDashboard(admin, NOV, TODAY);
    expect(d.period).toEqual({ kind: "custom", from: "2026-11-01", to: "2026-11-30" });
    // A1, A3, A5, A6, A7 (A2 and A4 fall just outside, A8 is a draft).
    expect(d.volume.total).toBe(5);
    expect(d.volume.byItem).toEqual([
      { code: "XJ-YN-MZ-001", count: 2 },
      { code: "XJ-YN-RS-001", count: 2 },
      { code: "XJ-YN-RS-003", count: 1 },
    ]);
    expect(d.volume.byDepartment).toEqual([
      { departmentId: "hrss", count: 3 },
      { departmentId: "civil-affairs", count: 2 },
    ]);
    expect(d.volume.byChannel).toEqual([
      { channel: "online", count: 3 },
      { channel: "window", count: 1 },
      { channel: "terminal", count: 1 },
    ]);
    expect(d.volume.byMonth).toEqual([{ month: "2026-11", count: 5 }]);
  });

  it("spreads the last 12 months by Shanghai month, empty months as 0", async () => {
    const d = await getDashboard(admin, { period: "year" }, TODAY);
    expect(d.period).toEqual({ kind: "year", from: "2026-01-01", to: "2026-12-31" });
    const months = Object.fromEntries(d.volume.byMonth.map((m) => [m.month, m.count]));
    expect(Object.keys(months)).toHaveLength(12);
    // September: D1–D8; October: A2; November: the five; December: A4.
    expect(months).toMatchObject({
      "2026-01": 0,
      "2026-08": 0,
      "2026-09": 8,
      "2026-10": 1,
      "2026-11": 5,
      "2026-12": 1,
    });
    expect(d.volume.total).toBe(15);
  });
});

describe("getDashboard: timeliness", () => {
  it("on-time rates against promised and legal limits, average and 90th percentile of working days", async () => {
    const d = await getDashboard(admin, NOV, TODAY);
    // Decided in November: D1, D2, D3, D4, D7, D8. Promised kept: D1, D3, D7, D8 (4/6); legal kept: all but D4
    // (5/6). Days 3, 8, 5, 20, 2, 4: average 42 / 6 = 7; sorted 2 3 4 5 8 20, the 90th percentile is 20 (5/6 < 0.9).
    expect(d.timeliness.overall).toEqual({
      decided: 6,
      onTimePromised: 4 / 6,
      onTimeLegal: 5 / 6,
      averageDays: 7,
      p90Days: 20,
    });
    expect(d.timeliness.byItem).toEqual([
      // D1, D2, D8: promised kept by D1 and D8, legal by all; days 3 8 4 → average 5, 90th percentile 8.
      { code: "XJ-YN-RS-001", decided: 3, onTimePromised: 2 / 3, onTimeLegal: 1, averageDays: 5, p90Days: 8 },
      // D4, D7: one of two kept each; days 20 and 2 → 11 and 20.
      { code: "XJ-YN-MZ-001", decided: 2, onTimePromised: 0.5, onTimeLegal: 0.5, averageDays: 11, p90Days: 20 },
      { code: "XJ-YN-RS-003", decided: 1, onTimePromised: 1, onTimeLegal: 1, averageDays: 5, p90Days: 5 },
    ]);
  });

  it("the 90th percentile of ten decisions taking 1 to 10 working days is 9", async () => {
    for (let days = 1; days <= 10; days++)
      await app(`P${days}`, {
        ...PERMIT,
        status: "approved",
        submittedAt: new Date("2026-05-20T02:00:00Z"),
        decidedOn: "2026-06-15",
        promisedBy: "2026-06-10",
        legalBy: "2026-06-30",
        decisionWorkingDays: days,
      });
    const d = await getDashboard(admin, { period: "custom", from: "2026-06-01", to: "2026-06-30" }, TODAY);
    expect(d.timeliness.overall).toEqual({
      decided: 10,
      onTimePromised: 0,
      onTimeLegal: 1,
      averageDays: 5.5,
      p90Days: 9,
    });
  });
});

describe("getDashboard: supplements", () => {
  it("the share of an item's submissions asked for more material", async () => {
    const d = await getDashboard(admin, NOV, TODAY);
    expect(d.supplements).toEqual([
      { code: "XJ-YN-RS-003", submitted: 1, supplemented: 1, rate: 1 }, // A5
      { code: "XJ-YN-MZ-001", submitted: 2, supplemented: 1, rate: 0.5 }, // A6 of A6, A7
      { code: "XJ-YN-RS-001", submitted: 2, supplemented: 0, rate: 0 }, // A1, A3
    ]);
  });
});

describe("getDashboard: satisfaction", () => {
  it("real ratings of the period (3 and better satisfied), and default satisfaction shown apart", async () => {
    const d = await getDashboard(admin, NOV, TODAY);
    // E1 (5, at the period's first instant), E2 (3), E3 (2), E4 (1), E6 (4); E5 is a second too early.
    // Default: 5 working days before Thursday 12-03 is 11-26 (11-27, 11-30, 12-01, 12-02, 12-03 are the five).
    // Decided in November and never rated: D3 (11-30), D7 (11-26), D8 (11-27); only D7 is old enough. 1 of 6.
    expect(d.satisfaction).toEqual({
      ratings: 5,
      satisfied: 3,
      rate: 0.6,
      byScore: [
        { score: 5, count: 1 },
        { score: 4, count: 1 },
        { score: 3, count: 1 },
        { score: 2, count: 1 },
        { score: 1, count: 1 },
      ],
      decided: 6,
      defaultSatisfied: 1,
      defaultRate: 1 / 6,
    });
  });

  it("the reasons given with bad ratings (2 or 1), most frequent first", async () => {
    const d = await getDashboard(admin, NOV, TODAY);
    // E3 (slow, unclear_guide) and E4 (slow, staff_attitude); E6's "slow" came with a 4, E5's is out of the period.
    expect(d.badReasons).toEqual([
      { reason: "slow", count: 2 },
      { reason: "staff_attitude", count: 1 },
      { reason: "unclear_guide", count: 1 },
    ]);
  });
});

describe("getDashboard: rectification", () => {
  it("rate, average response time and overdue cases, per department and overall", async () => {
    const d = await getDashboard(admin, NOV, TODAY);
    // Opened in November, not withdrawn: C1, C2, C3, C6, C7. Responded or beyond: C1, C3, C6 (days 4, 5, 1).
    // Overdue: C2 (open past 11-24) and C3 (answered 11-07 in Shanghai, due 11-06); C7 is due 12-07.
    expect(d.rectification.overall).toEqual({ opened: 5, responded: 3, rate: 0.6, averageDays: 10 / 3, overdue: 2 });
    expect(d.rectification.byDepartment).toEqual([
      { departmentId: "hrss", opened: 4, responded: 3, rate: 0.75, averageDays: 10 / 3, overdue: 1 },
      { departmentId: "civil-affairs", opened: 1, responded: 0, rate: 0, averageDays: null, overdue: 1 },
    ]);
  });
});

describe("getDashboard: scope", () => {
  it("a reviewer sees only their own department's numbers, whatever the address asks for", async () => {
    for (const request of [NOV, { ...NOV, department: "civil-affairs" }]) {
      const d = await getDashboard(hrss, request, TODAY);
      expect(d.scope).toEqual({ departmentId: "hrss" });
      expect(d.volume.total).toBe(3); // A1, A3, A5
      expect(d.volume.byItem.map((r) => r.code).sort()).toEqual(["XJ-YN-RS-001", "XJ-YN-RS-003"]);
      expect(d.volume.byDepartment).toEqual([{ departmentId: "hrss", count: 3 }]);
      expect(d.volume.byChannel).toEqual([
        { channel: "online", count: 2 },
        { channel: "window", count: 0 },
        { channel: "terminal", count: 1 },
      ]);
      // D1, D2, D3, D8: days 3 8 5 4 → average 5, 90th percentile 8; promised kept by D1, D3, D8.
      expect(d.timeliness.overall).toEqual({
        decided: 4,
        onTimePromised: 0.75,
        onTimeLegal: 1,
        averageDays: 5,
        p90Days: 8,
      });
      expect(d.supplements.map((s) => s.code).sort()).toEqual(["XJ-YN-RS-001", "XJ-YN-RS-003"]);
      // E1, E2, E3, E6; D7 (civil affairs) is not theirs, so no default satisfaction.
      expect(d.satisfaction).toMatchObject({ ratings: 4, satisfied: 3, rate: 0.75, decided: 4, defaultSatisfied: 0 });
      expect(d.badReasons).toEqual([
        { reason: "slow", count: 1 },
        { reason: "unclear_guide", count: 1 },
      ]);
      expect(d.rectification.overall).toMatchObject({ opened: 4, responded: 3, overdue: 1 });
      expect(d.rectification.byDepartment.map((r) => r.departmentId)).toEqual(["hrss"]);
    }
  });

  it("the admin may narrow to one department; an unknown one shows all", async () => {
    const civil = await getDashboard(admin, { ...NOV, department: "civil-affairs" }, TODAY);
    expect(civil.scope).toEqual({ departmentId: "civil-affairs" });
    expect(civil.volume.total).toBe(2);
    expect(civil.satisfaction).toMatchObject({ ratings: 1, satisfied: 0, rate: 0, decided: 2, defaultSatisfied: 1 });
    expect(civil.rectification.overall).toMatchObject({ opened: 1, overdue: 1 });
    const all = await getDashboard(admin, { ...NOV, department: "nonsense" }, TODAY);
    expect(all.scope).toEqual({ departmentId: null });
    expect(all.volume.total).toBe(5);
  });

  it("a department with no items of its own sees zeros; a clerk, a resident and a reviewer without department nothing", async () => {
    const township = await getDashboard({ id: "t", role: "reviewer", departmentId: "township" }, NOV, TODAY);
    expect(township.volume.total).toBe(0);
    expect(township.timeliness.overall.decided).toBe(0);
    for (const viewer of [
      { id: "c", role: "clerk", departmentId: "service-center" },
      { id: "r", role: "resident", departmentId: null },
      { id: "x", role: "reviewer", departmentId: null },
    ] as DashboardViewer[])
      await expect(getDashboard(viewer, NOV, TODAY)).rejects.toBeInstanceOf(DashboardScopeError);
  });
});

describe("exportDashboardCsv", () => {
  it("writes the table as on screen (BOM, localized headers) and an audit row with scope and period", async () => {
    const reviewer = await createStaff("reviewer", "hrss");
    const viewer: DashboardViewer = { id: reviewer.id, role: "reviewer", departmentId: "hrss" };
    const out = await exportDashboardCsv(viewer, { ...NOV, table: "volume-by-channel" }, "zh", "10.0.0.1", TODAY);
    expect(out?.fileName).toBe("volume-by-channel_hrss_2026-11-01_2026-11-30.csv");
    expect(out?.csv).toBe("\uFEFF渠道,申请数\r\n网上申请,2\r\n窗口,0\r\n自助终端,1\r\n");
    const rows = await db.auditLog.findMany({ where: { action: "dashboard.exported", actorId: reviewer.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload).toEqual({ table: "volume-by-channel", scope: "hrss", period: "2026-11-01..2026-11-30" });
    const timeliness = await exportDashboardCsv(viewer, { ...NOV, table: "summary" }, "ug", null, TODAY);
    expect(timeliness?.csv.split("\r\n")[4]).toBe("قانۇنىي ۋاقىت ئىچىدە تاماملاش نىسبىتى,100%");
  });
});
