// A resident's applications are theirs alone: anyone else asking for one by its id finds nothing — the same
// answer as for an id that does not exist — and the attempt is recorded.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { getMyApplication } from "./get-my-application";
import { getApplicationProgress } from "./get-application-progress";
import { getApplicationForStaff } from "./get-application-for-staff";
import { listMySubmitted } from "./list-my-applications";
import { createResident, createStaff, createSubmitted, seedDepartments } from "@/lib/test-support/factories";

beforeAll(seedDepartments);

const deniedFor = (subjectId: string) =>
  db.auditLog.findMany({
    where: { action: "access.denied", subjectId },
    select: { actorId: true, actorRole: true, payload: true },
  });

describe("a foreign applicant", () => {
  it("finds nothing, and the attempt is audited", async () => {
    const owner = await createResident();
    const foreign = await createResident();
    const app = await createSubmitted({ applicant: owner });

    expect(await getMyApplication(owner.id, app.id)).toMatchObject({ id: app.id, reference: app.reference });
    expect(await getMyApplication(foreign.id, app.id)).toBeNull();
    expect(await getApplicationProgress(foreign.id, app.id)).toBeNull();
    expect((await listMySubmitted(foreign.id)).rows.map((a) => a.id)).not.toContain(app.id);

    expect(await deniedFor(app.id)).toEqual([
      { actorId: foreign.id, actorRole: "resident", payload: { what: "application" } },
      { actorId: foreign.id, actorRole: "resident", payload: { what: "application" } },
    ]);
  });

  it("gets the same answer for an id that does not exist, which leaves no audit row", async () => {
    const someone = await createResident();
    expect(await getMyApplication(someone.id, "no-such-application")).toBeNull();
    expect(await deniedFor("no-such-application")).toEqual([]);
  });

  it("a reviewer of a department without a part finds nothing either; the lead department's reviewer sees it with its actions", async () => {
    const owner = await createResident();
    const app = await createSubmitted({ applicant: owner });
    const outsider = await createStaff("reviewer", "public-security");
    const lead = await createStaff("reviewer", "hrss");
    expect(
      await getApplicationForStaff({ id: outsider.id, role: "reviewer", departmentId: "public-security" }, app.id),
    ).toBeNull();
    expect(await deniedFor(app.id)).toEqual([
      { actorId: outsider.id, actorRole: "reviewer", payload: { what: "application" } },
    ]);
    const seen = await getApplicationForStaff({ id: lead.id, role: "reviewer", departmentId: "hrss" }, app.id);
    expect(seen?.actions).toEqual(["accept", "refuse_intake", "request_supplement"]);
  });
});
