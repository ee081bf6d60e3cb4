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
    expect(shown?.timeline.length).toBe(5);
  });
});
