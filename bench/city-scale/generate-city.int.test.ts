// The city-scale generator's SQL, on a tiny city: the counts, the status mix, the queue department's open
// applications, distinct lookup columns true to their applicant, and public tracking finding a generated application
// (so the generator cannot silently make data that the benches would measure nothing on).
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createStaff, seedDepartments } from "@/lib/test-support/factories";
import { trackApplication, getTrackedApplication } from "@/lib/applications/read/track-application";
import { listDepartmentQueue } from "@/lib/applications/read/list-department-queue";
import { openProfile, profileWithIdNumber } from "@/lib/profile/sealed-fields";
import { openAnswers } from "@/lib/applications/sealed-answers";
import { REFERENCE_PATTERN } from "@/lib/applications/submit/reference-number";
import { generateCity, residentFacts } from "./generate-city";
import { cityShares, QUEUE_DEPARTMENT } from "./city-plan";
import { getService } from "@/lib/services";
import { shanghaiDateOf } from "@/lib/calendar/shanghai-date";
import { addWorkingDays, workingDaysBetween } from "@/lib/calendar/working-days";

const size = { residents: 60, applications: 200 };
const open = ["submitted", "accepted", "under_review", "supplement_requested", "approved"];

beforeAll(async () => {
  await seedDepartments();
  await createStaff("clerk");
  await createStaff("reviewer", QUEUE_DEPARTMENT);
  const c = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await c.connect();
  try {
    await generateCity(c, size, () => {});
  } finally {
    await c.end();
  }
}, 60_000);

describe("generateCity (a tiny city)", () => {
  it("makes the residents and applications asked for, each resident with a sealed profile", async () => {
    expect(await db.user.count({ where: { role: "resident" } })).toBe(size.residents);
    expect(await db.profile.count()).toBe(size.residents);
    expect(await db.application.count()).toBe(size.applications);
    const facts = residentFacts(7);
    const profile = await db.profile.findFirst({
      where: profileWithIdNumber(facts.idNumber),
      select: { idNumber: true },
    });
    expect(openProfile(profile)?.idNumber).toBe(facts.idNumber);
  });

  it("has the status mix: the queue department's open share exactly, the rest mostly decided", async () => {
    const shares = cityShares(size.applications);
    const openInQueue = await db.application.count({
      where: { status: { in: open as never }, parts: { some: { departmentId: QUEUE_DEPARTMENT } } },
    });
    const openAll = await db.application.count({ where: { status: { in: open as never } } });
    expect(openInQueue).toBe(shares.openQueue);
    expect(openAll).toBe(shares.openQueue + shares.openElsewhere);
    expect(await db.application.count({ where: { status: "draft" } })).toBe(0);
    const closed = await db.application.count({ where: { status: { in: ["closed", "result_issued"] } } });
    expect(closed).toBeGreaterThan(size.applications / 2);
    // Every application has its submission event and a part for its lead department.
    const events = await db.applicationEvent.groupBy({ by: ["type"], _count: true, where: { type: "submitted" } });
    expect(events[0]?._count).toBe(size.applications);
    const withoutPart = await db.application.count({ where: { parts: { none: {} } } });
    expect(withoutPart).toBe(0);
    // The queue use case reads them: a full first page, and the total the caption shows.
    const page = await listDepartmentQueue(QUEUE_DEPARTMENT, { status: "open" });
    expect(page.total).toBe(shares.openQueue);
    expect(page.rows.length).toBe(Math.min(20, shares.openQueue));
  });

  it("gives every application a distinct, well-formed reference and its applicant's ID tail", async () => {
    const rows = await db.application.findMany({
      select: { reference: true, applicantIdTail: true, applicantId: true, answers: true },
      take: size.applications,
    });
    expect(new Set(rows.map((r) => r.reference)).size).toBe(size.applications);
    for (const r of rows) expect(r.reference).toMatch(REFERENCE_PATTERN);
    const profiles = await db.profile.findMany({ select: { userId: true, idNumber: true }, take: size.residents });
    const hashes = await db.profile.findMany({ select: { idNumberHash: true }, take: size.residents });
    expect(new Set(hashes.map((p) => p.idNumberHash)).size).toBe(size.residents);
    const tailOf = new Map(profiles.map((p) => [p.userId, openProfile(p).idNumber!.slice(-6)]));
    for (const r of rows) expect(r.applicantIdTail).toBe(tailOf.get(r.applicantId));
    expect(new Set(rows.map((r) => r.applicantIdTail)).size).toBeGreaterThan(size.residents / 2);
    // The sealed answers open with the portal's keys.
    expect(openAnswers(rows[0]!.answers)).toHaveProperty("applicantName");
  });

  it("is found by public tracking with its reference and its applicant's ID tail, timeline included", async () => {
    const app = await db.application.findFirstOrThrow({
      where: { status: "closed" },
      select: { id: true, reference: true, applicantId: true },
    });
    // The tail as the resident knows it: from their own ID number, not from the column under test.
    const profile = await db.profile.findUniqueOrThrow({
      where: { userId: app.applicantId },
      select: { idNumber: true },
    });
    const idTail = openProfile(profile).idNumber!.slice(-6);
    const outcome = await trackApplication({ reference: app.reference!, idTail, ip: "192.0.2.9" });
    expect(outcome).toEqual({ kind: "found", applicationId: app.id });
    const shown = await getTrackedApplication(app.id);
    expect(shown?.status).toBe("closed");
    const moves = await db.applicationEvent.count({ where: { applicationId: app.id } });
    expect(shown?.timeline.length).toBeGreaterThanOrEqual(5);
    expect(shown?.timeline.length).toBeLessThanOrEqual(moves);
  });

  it("records decisions as write-transition.ts does, with deadlines in working days and a supplement share", async () => {
    const apps = await db.application.findMany({
      where: { decidedAt: { not: null } },
      select: {
        status: true,
        serviceSlug: true,
        submittedAt: true,
        decidedAt: true,
        decidedOn: true,
        decisionWorkingDays: true,
        promisedBy: true,
        legalBy: true,
        supplementRequests: true,
        events: { select: { type: true, toStatus: true, at: true }, orderBy: [{ at: "asc" }, { id: "asc" }] },
      },
      take: size.applications,
    });
    expect(apps.length).toBeGreaterThan(size.applications / 2);
    const today = shanghaiDateOf(new Date());
    for (const a of apps) {
      const service = getService(a.serviceSlug)!;
      const submittedOn = shanghaiDateOf(a.submittedAt!);
      expect(a.decidedOn).toBe(shanghaiDateOf(a.decidedAt!));
      expect(a.decidedOn! <= today).toBe(true);
      expect(a.decisionWorkingDays).toBe(workingDaysBetween(submittedOn, a.decidedOn!));
      const moves = a.events.filter((e) => e.type !== "evaluated");
      const decision = moves.find((e) => ["approved", "refused", "not_accepted"].includes(e.toStatus!));
      expect(decision?.at).toEqual(a.decidedAt);
      expect(moves.at(-1)!.toStatus).toBe(a.status);
      const pause = a.supplementRequests && a.status !== "supplement_requested" ? 1 : 0;
      if (!pause) expect(a.promisedBy).toBe(addWorkingDays(submittedOn, service.promisedDays));
      else expect(a.promisedBy! > addWorkingDays(submittedOn, service.promisedDays)).toBe(true);
      expect(a.supplementRequests).toBe(moves.filter((e) => e.type === "request_supplement").length);
      // The timeline is in order: every move at or after the one before.
      for (let i = 1; i < moves.length; i++) expect(moves[i]!.at >= moves[i - 1]!.at).toBe(true);
    }
  });

  it("rates decided applications and window visits, with a case for every bad rating", async () => {
    const decided = await db.application.count({
      where: { decidedAt: { not: null }, status: { not: "approved" } },
    });
    const rated = await db.evaluation.count({ where: { applicationId: { not: null } } });
    expect(rated / decided).toBeGreaterThan(0.4);
    expect(rated / decided).toBeLessThan(0.8);
    expect(await db.evaluation.count({ where: { windowSessionId: { not: null } } })).toBeGreaterThan(0);
    expect(await db.applicationEvent.count({ where: { type: "evaluated" } })).toBe(rated);
    const bad = await db.evaluation.findMany({
      where: { score: { lte: 2 } },
      select: { createdAt: true, reasons: true, rectification: true },
      take: size.applications,
    });
    expect(bad.length).toBeGreaterThan(0);
    for (const e of bad) {
      const c = e.rectification!;
      expect(e.reasons.length).toBe(1);
      expect(c.openedOn).toBe(shanghaiDateOf(e.createdAt));
      expect(c.dueBy).toBe(addWorkingDays(c.openedOn, 5));
      if (c.respondedAt) {
        expect(c.responseWorkingDays).toBe(workingDaysBetween(c.openedOn, shanghaiDateOf(c.respondedAt)));
        expect(c.response).toBeTruthy();
      } else expect(c.status).toBe("open");
    }
    expect(await db.rectificationCase.count({ where: { evaluation: { score: { gte: 3 } } } })).toBe(0);
  });
});
