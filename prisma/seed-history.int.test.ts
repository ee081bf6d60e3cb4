// The demo history (seed-history.ts) on a real database: the rows agree with the portal's own rules (the decision
// columns as write-transition.ts writes them, deadlines, cases as evaluation-rules.ts dates them), nothing lands in
// an open review queue or with a demo resident, the spreads the dashboard shows are there, and a second run adds
// nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { seedDepartments } from "@/lib/test-support/factories";
import { shanghaiDateOf } from "@/lib/calendar/shanghai-date";
import { workingDaysBetween } from "@/lib/calendar/working-days";
import { openStatuses } from "@/lib/applications/read/list-department-queue";
import { rectificationDueBy, isBadRating } from "@/lib/evaluation/evaluation-rules";
import { getTrackedApplication } from "@/lib/applications/read/track-application";
import { planHistory, seedHistory } from "./seed-history";

const now = new Date("2026-12-04T03:00:00Z"); // 11:00 in Shanghai
const today = shanghaiDateOf(now);
let added = 0;
let seconds = 0;

beforeAll(async () => {
  await seedDepartments();
  const staff: [string, "clerk" | "reviewer", string, string | null][] = [
    ["clerk01", "clerk", "service-center", "3"],
    ["clerk02", "clerk", "service-center", "5"],
    ["reviewer01", "reviewer", "civil-affairs", null],
    ["reviewer02", "reviewer", "hrss", null],
    ["reviewer03", "reviewer", "township", null],
    ["reviewer04", "reviewer", "civil-affairs", null],
  ];
  for (const [staffId, role, departmentId, windowNo] of staff)
    await db.user.create({ data: { staffId, role, departmentId, windowNo, nameZh: staffId } });
  const started = performance.now();
  added = await seedHistory(db, now);
  seconds = (performance.now() - started) / 1000;
}, 120_000);

describe("seedHistory", () => {
  it("adds a year of applications once, of residents of its own, never in an open queue", async () => {
    expect(added).toBeGreaterThanOrEqual(1500);
    expect(added).toBeLessThanOrEqual(3000);
    expect(seconds).toBeGreaterThan(0);
    expect(await db.application.count()).toBe(added);
    expect(await db.application.count({ where: { status: { in: openStatuses } } })).toBe(0);
    const applicants = await db.user.findMany({
      where: { applications: { some: {} } },
      select: { mobile: true },
      take: 1000,
    });
    for (const a of applicants) expect(a.mobile).toMatch(/^187\d{8}$/);
    expect(await seedHistory(db, now)).toBe(0);
    expect(await db.application.count()).toBe(added);
  });

  it("writes the decision columns as the one status writer does, and the deadlines", async () => {
    const apps = await db.application.findMany({
      select: {
        id: true,
        status: true,
        submittedAt: true,
        decidedAt: true,
        decidedOn: true,
        decisionWorkingDays: true,
        supplementRequests: true,
        promisedBy: true,
        legalBy: true,
        version: true,
        events: { select: { type: true, toStatus: true, at: true }, orderBy: { at: "asc" } },
        parts: { select: { departmentId: true, status: true } },
      },
      take: 5000,
    });
    let late = 0;
    let pastLegal = 0;
    let decided = 0;
    for (const a of apps) {
      const moves = a.events.filter((e) => e.type !== "evaluated");
      expect(a.version).toBe(moves.length);
      expect(moves[0]!.type).toBe("submitted");
      expect(moves.at(-1)!.toStatus).toBe(a.status);
      expect(a.supplementRequests).toBe(moves.filter((e) => e.type === "request_supplement").length);
      expect(a.parts.length).toBeGreaterThan(0);
      const decision = moves.find((e) => ["approved", "refused", "not_accepted"].includes(e.toStatus!));
      if (!decision) {
        expect(a.status).toBe("withdrawn");
        expect(a.decidedAt).toBeNull();
        continue;
      }
      decided++;
      expect(a.decidedAt).toEqual(decision.at);
      expect(a.decidedOn).toBe(shanghaiDateOf(decision.at));
      expect(a.decidedOn! < today).toBe(true);
      expect(a.decisionWorkingDays).toBe(workingDaysBetween(shanghaiDateOf(a.submittedAt!), a.decidedOn!));
      if (a.decidedOn! > a.promisedBy!) late++;
      if (a.decidedOn! > a.legalBy!) pastLegal++;
      if (a.status === "closed" || a.status === "result_issued")
        expect(a.parts.every((p) => p.status === "approved")).toBe(true);
    }
    // Mostly on time, some late, a few past the legal limit.
    expect(late / decided).toBeGreaterThan(0.04);
    expect(late / decided).toBeLessThan(0.3);
    expect(pastLegal).toBeGreaterThan(0);
    expect(pastLegal).toBeLessThan(late);
  });

  it("spreads over the 12 months, the items and the three channels", async () => {
    const byMonth = await db.$queryRaw<{ month: string; n: number }[]>`
      SELECT to_char("submittedAt" AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month, count(*)::int AS n
      FROM "Application" GROUP BY 1 ORDER BY 1 LIMIT 20`;
    expect(byMonth.length).toBeGreaterThanOrEqual(12);
    for (const m of byMonth.slice(1, -1)) expect(m.n).toBeGreaterThan(added * 0.03);
    const channels = await db.application.groupBy({ by: ["channel"], _count: true });
    const share = (c: string) => (channels.find((x) => x.channel === c)?._count ?? 0) / added;
    expect(share("online")).toBeGreaterThan(0.45);
    expect(share("online")).toBeLessThan(0.65);
    expect(share("window")).toBeGreaterThan(0.25);
    expect(share("terminal")).toBeGreaterThan(0.05);
    const items = await db.application.groupBy({
      by: ["serviceSlug"],
      _count: true,
      _avg: { supplementRequests: true },
    });
    expect(items.length).toBe(13);
    const rate = (slug: string) => items.find((i) => i.serviceSlug === slug)!._avg.supplementRequests!;
    // The unclear guide shows: asked for supplements far more often than the social security card.
    expect(rate("unemployment-insurance-benefit")).toBeGreaterThan(3 * rate("social-security-card"));
  });

  it("rates about 60% of decided applications in the four channels, with a case for every bad rating", async () => {
    const decided = await db.application.count({ where: { decidedAt: { not: null } } });
    const rated = await db.evaluation.count({ where: { applicationId: { not: null } } });
    expect(rated / decided).toBeGreaterThan(0.5);
    expect(rated / decided).toBeLessThan(0.7);
    const channels = await db.evaluation.groupBy({ by: ["channel"], _count: true });
    expect(channels.map((c) => c.channel).sort()).toEqual(["online", "sms", "terminal", "window"]);
    const evaluations = await db.evaluation.findMany({
      select: { score: true, reasons: true, createdAt: true, rectification: true, windowSessionId: true },
      take: 5000,
    });
    const scores = evaluations.map((e) => e.score);
    expect(scores.filter((s) => s >= 4).length / scores.length).toBeGreaterThan(0.75);
    expect(scores.filter((s) => s === 3).length).toBeGreaterThan(0);
    expect(scores.filter((s) => s <= 2).length).toBeGreaterThan(20);
    expect(evaluations.filter((e) => e.windowSessionId).length).toBeGreaterThan(100);
    const statuses = new Set<string>();
    for (const e of evaluations) {
      expect(e.createdAt < now).toBe(true);
      if (!isBadRating(e.score)) {
        expect(e.rectification).toBeNull();
        continue;
      }
      expect(e.reasons.length).toBeGreaterThan(0);
      const c = e.rectification!;
      statuses.add(c.status);
      expect(c.openedOn).toBe(shanghaiDateOf(e.createdAt));
      expect(c.dueBy).toBe(rectificationDueBy(c.openedOn, { rectificationWorkingDays: 5 }));
      if (c.respondedAt) {
        expect(c.responseWorkingDays).toBe(workingDaysBetween(c.openedOn, shanghaiDateOf(c.respondedAt)));
        expect(c.response).toBeTruthy();
        if (c.responseWorkingDays! > 5) expect(c.escalatedAt).not.toBeNull();
      } else expect(c.status).toBe("open");
      if (c.escalatedAt) expect(shanghaiDateOf(c.escalatedAt) > c.dueBy).toBe(true);
    }
    expect([...statuses].sort()).toEqual(expect.arrayContaining(["confirmed", "disputed", "responded"]));
    // The timeline has the rating, as record-evaluation.ts writes it.
    expect(await db.applicationEvent.count({ where: { type: "evaluated" } })).toBe(rated);
  });

  it("is read by the portal: public tracking shows a history application's timeline", async () => {
    const app = await db.application.findFirstOrThrow({ where: { status: "closed" }, select: { id: true } });
    const shown = await getTrackedApplication(app.id);
    expect(shown?.status).toBe("closed");
    expect(shown!.timeline.length).toBeGreaterThanOrEqual(5);
  });

  it("is the same history for the same day", () => {
    const staff = {
      clerks: [{ id: "c1", role: "clerk" as const, departmentId: "service-center" }],
      reviewers: [{ id: "r1", role: "reviewer" as const, departmentId: "hrss" }],
    };
    const a = planHistory(now, staff);
    const b = planHistory(now, staff);
    const key = (p: typeof a) => p.applications.map((x) => `${x.id}${x.status}${x.decidedOn}${x.channel}`).join();
    expect(key(a)).toBe(key(b));
    expect(a.evaluations.map((e) => e.score)).toEqual(b.evaluations.map((e) => e.score));
  });
});
