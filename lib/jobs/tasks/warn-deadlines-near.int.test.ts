// Deadline warnings against the real database: "near" within two working days of the deadline, "passed" after it,
// each raised once (with the system's audit row) however often and however many workers run the task, and seen only
// by the reviewers of the department that must act now.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { warnDeadlinesNear } from "./warn-deadlines-near";
import { listDeadlineWarnings } from "@/lib/applications/read/list-deadline-warnings";
import {
  actorOf,
  advance,
  createResident,
  createStaff,
  createSubmitted,
  seedDepartments,
} from "@/lib/test-support/factories";
import { raceOnTable } from "@/lib/test-support/row-lock";

beforeAll(seedDepartments);

const at = (ymd: string) => new Date(`${ymd}T08:00:00+08:00`);

/** An application with the given status and deadlines (dates set by hand, so `now` decides what is near). */
async function withDeadline(opts: { slug?: string; accepted?: boolean; promisedBy?: string; acceptBy?: string }) {
  const applicant = await createResident();
  const app = await createSubmitted({ applicant, slug: opts.slug ?? "social-security-card" });
  if (opts.accepted) await advance(app.id, [{ event: "accept", by: actorOf(await createStaff("clerk")) }]);
  await db.application.update({
    where: { id: app.id },
    data: {
      promisedBy: opts.promisedBy ?? "2027-06-30",
      acceptBy: opts.acceptBy ?? "2027-06-30",
    },
  });
  return app;
}

async function warnings(applicationId: string) {
  const [rows, audit] = await Promise.all([
    db.deadlineWarning.findMany({
      where: { applicationId },
      orderBy: { id: "asc" },
      select: { kind: true, deadline: true },
    }),
    db.auditLog.findMany({
      where: { subjectId: applicationId, action: "application.deadline_warned" },
      orderBy: { id: "asc" },
      select: { actorId: true, actorRole: true, payload: true },
    }),
  ]);
  return { rows, audit };
}

describe("warnDeadlinesNear", () => {
  it("warns 'near' two working days before the promised date (not three), 'passed' after it, each once", async () => {
    const app = await withDeadline({ accepted: true, promisedBy: "2026-12-16" }); // Wednesday
    await warnDeadlinesNear(at("2026-12-11")); // Friday: Mon, Tue, Wed
    expect((await warnings(app.id)).rows).toEqual([]);

    await warnDeadlinesNear(at("2026-12-14")); // Monday
    await warnDeadlinesNear(at("2026-12-14"));
    await warnDeadlinesNear(at("2026-12-15"));
    await warnDeadlinesNear(at("2026-12-16")); // the deadline itself: still near, not passed
    expect((await warnings(app.id)).rows).toEqual([{ kind: "near", deadline: "2026-12-16" }]);

    await warnDeadlinesNear(at("2026-12-17"));
    await warnDeadlinesNear(at("2026-12-18"));
    const w = await warnings(app.id);
    expect(w.rows).toEqual([
      { kind: "near", deadline: "2026-12-16" },
      { kind: "passed", deadline: "2026-12-16" },
    ]);
    expect(w.audit).toEqual([
      { actorId: "system", actorRole: "system", payload: { kind: "near", deadline: "2026-12-16" } },
      { actorId: "system", actorRole: "system", payload: { kind: "passed", deadline: "2026-12-16" } },
    ]);
  });

  it("watches the intake limit while an application waits for acceptance", async () => {
    const app = await withDeadline({ acceptBy: "2026-11-20", promisedBy: "2026-12-31" });
    await warnDeadlinesNear(at("2026-11-18"));
    expect((await warnings(app.id)).rows).toEqual([{ kind: "near", deadline: "2026-11-20" }]);
  });

  it("two workers at the same moment warn once", async () => {
    const app = await withDeadline({ accepted: true, promisedBy: "2026-11-11" });
    // Both runs find the application, then both reach their insert while the table is locked: a certain race.
    const results = await raceOnTable("DeadlineWarning", [
      () => warnDeadlinesNear(at("2026-11-12")),
      () => warnDeadlinesNear(at("2026-11-12")),
    ]);
    const w = await warnings(app.id);
    expect(w.rows).toEqual([{ kind: "passed", deadline: "2026-11-11" }]);
    expect(w.audit).toHaveLength(1);
    expect(results.map((r) => (r.status === "fulfilled" ? r.value.warned : -1)).sort()).toEqual([0, 1]);
  });

  it("does not warn while the application waits for the resident's supplement, or once it is decided", async () => {
    const paused = await withDeadline({ accepted: true, promisedBy: "2026-11-04" });
    await db.application.update({ where: { id: paused.id }, data: { status: "supplement_requested" } });
    const refused = await withDeadline({ accepted: true, promisedBy: "2026-11-04" });
    await db.application.update({ where: { id: refused.id }, data: { status: "refused" } });
    await warnDeadlinesNear(at("2026-11-03"));
    expect((await warnings(paused.id)).rows).toEqual([]);
    expect((await warnings(refused.id)).rows).toEqual([]);
  });
});

describe("listDeadlineWarnings: who sees a warning", () => {
  it("the department that must act sees it; other departments, and a co-department that has signed off, do not", async () => {
    // 低保: civil affairs leads, the township office signs off its part in parallel.
    const app = await withDeadline({ slug: "minimum-living-allowance", accepted: true, promisedBy: "2026-10-28" });
    await warnDeadlinesNear(at("2026-10-26"));
    const [civil, township, hrss] = [
      await createStaff("reviewer", "civil-affairs"),
      await createStaff("reviewer", "township"),
      await createStaff("reviewer", "hrss"),
    ];
    const ids = async (s: { role: "reviewer"; departmentId: string | null }) =>
      (await listDeadlineWarnings(s)).filter((w) => w.applicationId === app.id).map((w) => w.kind);
    expect(await ids({ role: "reviewer", departmentId: civil.departmentId })).toEqual(["near"]);
    expect(await ids({ role: "reviewer", departmentId: township.departmentId })).toEqual(["near"]);
    expect(await ids({ role: "reviewer", departmentId: hrss.departmentId })).toEqual([]);
    expect(await listDeadlineWarnings({ role: "clerk", departmentId: "civil-affairs" })).toEqual([]);

    await advance(app.id, [{ event: "approve_part", by: actorOf(township) }]);
    expect(await ids({ role: "reviewer", departmentId: township.departmentId })).toEqual([]);
    expect(await ids({ role: "reviewer", departmentId: civil.departmentId })).toEqual(["near"]);

    // Passed replaces near; a deadline moved by a pause is a new deadline (the old warning no longer shows).
    await warnDeadlinesNear(at("2026-10-29"));
    expect(await ids({ role: "reviewer", departmentId: civil.departmentId })).toEqual(["passed"]);
    await db.application.update({ where: { id: app.id }, data: { promisedBy: "2026-11-30" } });
    expect(await ids({ role: "reviewer", departmentId: civil.departmentId })).toEqual([]);
  });

  it("while an application waits for acceptance only the lead department sees the warning", async () => {
    const app = await withDeadline({ slug: "minimum-living-allowance", acceptBy: "2026-10-21" });
    await warnDeadlinesNear(at("2026-10-20"));
    const seen = async (departmentId: string) =>
      (await listDeadlineWarnings({ role: "reviewer", departmentId })).some((w) => w.applicationId === app.id);
    expect(await seen("civil-affairs")).toBe(true);
    expect(await seen("township")).toBe(false);
  });
});
