// A staff member reading a resident's application is audited and shown to the resident in "my data"; a reviewer of
// a department without a part in it reads nothing (and that attempt is audited too).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createResident, createStaff, createSubmitted, seedDepartments } from "@/lib/test-support/factories";
import { listProfileAccess } from "@/lib/profile/access-log";
import { getApplicationForStaff } from "./get-application-for-staff";

beforeAll(seedDepartments);

describe("getApplicationForStaff", () => {
  it("audits a reviewer's read for the resident's 'my data', and refuses a department without a part", async () => {
    const r = await createResident();
    const app = await createSubmitted({ applicant: r, slug: "social-security-card" });
    const hrss = await createStaff("reviewer", "hrss");
    const civil = await createStaff("reviewer", "civil-affairs");

    const read = await getApplicationForStaff({ id: hrss.id, role: "reviewer", departmentId: "hrss" }, app.id);
    expect(read?.id).toBe(app.id);
    const access = (await listProfileAccess(r.id)).rows;
    expect(access.filter((a) => a.action === "application.read_by_staff")).toEqual([
      expect.objectContaining({ staffId: hrss.staffId, role: "reviewer" }),
    ]);

    expect(
      await getApplicationForStaff({ id: civil.id, role: "reviewer", departmentId: "civil-affairs" }, app.id),
    ).toBeNull();
    expect(await db.auditLog.count({ where: { action: "access.denied", actorId: civil.id } })).toBe(1);
    // The refused attempt read nothing of the resident's: nothing new in their list.
    expect((await listProfileAccess(r.id)).rows.filter((a) => a.action === "application.read_by_staff")).toHaveLength(
      1,
    );
  });

  it("shows a clerk only the applications of the resident served in the window session, and nothing without one", async () => {
    // The query takes a clerk viewer: it must enforce the window rule itself, not trust its caller to have done it
    // (the authorisation suite's rule: each use case enforces its own scope).
    const r = await createResident();
    const other = await createResident();
    const app = await createSubmitted({ applicant: r, slug: "social-security-card" });
    const clerk = await createStaff("clerk");
    const asClerk = (windowResidentId?: string) => ({
      id: clerk.id,
      role: "clerk" as const,
      departmentId: clerk.departmentId,
      windowResidentId,
    });
    expect(await getApplicationForStaff(asClerk(), app.id)).toBeNull();
    expect(await getApplicationForStaff(asClerk(other.id), app.id)).toBeNull();
    expect((await getApplicationForStaff(asClerk(r.id), app.id))?.id).toBe(app.id);
  });
});
