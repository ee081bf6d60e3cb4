// The transport of status changes: who acts comes from the session, never from the form, so a resident cannot fire
// a staff event and a reviewer acts for their own department; expected refusals come back as messages, not errors.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { actorOf, advance, createResident, createStaff, createSubmitted } from "@/lib/test-support/factories";
import { signInAs } from "@/lib/test-support/fake-session";
import { form } from "@/lib/test-support/next-request";
import { residentTransitionAction, staffTransitionAction } from "./transition-action";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));
vi.mock("next/cache", () => import("@/lib/test-support/next-request"));

const statusOf = async (id: string) => (await db.application.findUniqueOrThrow({ where: { id } })).status;

describe("transition actions", () => {
  it("a resident cannot accept their own application through the resident action", async () => {
    const r = await createResident();
    const app = await createSubmitted({ applicant: r });
    signInAs(r.id);
    expect(
      await residentTransitionAction({ ok: false }, form({ applicationId: app.id, event: "accept" })),
    ).toMatchObject({ ok: false, error: "errors:transition.forbidden" });
    expect(await statusOf(app.id)).toBe("submitted");
  });

  it("a reviewer acts for the department of their account, whatever the form carries", async () => {
    const r = await createResident();
    const app = await createSubmitted({ applicant: r });
    await advance(app.id, [{ event: "accept", by: actorOf(await createStaff("clerk")) }]);
    const outsider = await createStaff("reviewer", "public-security");
    signInAs(outsider.id);
    expect(
      await staffTransitionAction(
        { ok: false },
        form({ applicationId: app.id, event: "approve_part", departmentId: "hrss" }),
      ),
    ).toMatchObject({ ok: false, error: "errors:transition.forbidden" });
    const reviewer = await createStaff("reviewer", "hrss");
    signInAs(reviewer.id);
    expect(
      await staffTransitionAction({ ok: false }, form({ applicationId: app.id, event: "approve_part" })),
    ).toMatchObject({ ok: true, event: "approve_part" });
    expect(await statusOf(app.id)).toBe("approved");
    // The same button pressed again on a stale page: told it moved on, nothing changes.
    expect(
      await staffTransitionAction({ ok: false }, form({ applicationId: app.id, event: "approve_part" })),
    ).toMatchObject({ ok: false, error: "errors:transition.movedOn" });
  });

  it("passes a supplement request's list of materials through, with field errors for a bad one", async () => {
    const r = await createResident();
    const app = await createSubmitted({ applicant: r });
    signInAs((await createStaff("reviewer", "hrss")).id);
    expect(
      await staffTransitionAction(
        { ok: false },
        form({ applicationId: app.id, event: "request_supplement", materials: ["photo", "no-such-material"] }),
      ),
    ).toMatchObject({
      ok: false,
      error: "errors:transition.invalidInput",
      fieldErrors: { materials: "workbench:errors.materials" },
    });
    expect(
      await staffTransitionAction(
        { ok: false },
        form({ applicationId: app.id, event: "request_supplement", materials: ["photo", "id-card"] }),
      ),
    ).toMatchObject({ ok: true });
    const event = await db.applicationEvent.findFirstOrThrow({
      where: { applicationId: app.id, type: "request_supplement" },
    });
    expect(event.payload).toMatchObject({ materials: ["photo", "id-card"] });
  });

  it("refuses a clerk who replays a captured transition from the workspace, without a window session", async () => {
    const r = await createResident();
    const app = await createSubmitted({ applicant: r });
    signInAs((await createStaff("clerk")).id);
    for (const event of ["accept", "refuse_intake", "request_supplement", "close"]) {
      expect(
        await staffTransitionAction({ ok: false }, form({ applicationId: app.id, event, materials: ["photo"] })),
      ).toMatchObject({ ok: false, error: "errors:transition.forbidden" });
    }
    expect((await db.application.findUniqueOrThrow({ where: { id: app.id }, select: { status: true } })).status).toBe(
      "submitted",
    );
  });
});
