// Status changes against the real database: the compare-and-set on (status, version) decides between two staff
// acting at the same moment, and each change writes its event, inbox row and SMS together, once.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { transitionApplication } from "./transition-application";
import { TransitionError } from "./transition-errors";
import { storeSupplementUpload } from "../uploads/store-supplement-upload";
import {
  actorOf,
  advance,
  createResident,
  createStaff,
  createSubmitted,
  residentActor,
  seedDepartments,
} from "@/lib/test-support/factories";
import { pdfBytes } from "@/lib/test-support/sample-files";
import { raceOnRow } from "@/lib/test-support/row-lock";

beforeAll(seedDepartments);

const codeOf = (r: PromiseSettledResult<unknown>) =>
  r.status === "rejected" ? (r.reason as TransitionError).code : "ok";

async function state(id: string) {
  return db.application.findUniqueOrThrow({
    where: { id },
    select: {
      status: true,
      version: true,
      pausedOn: true,
      promisedBy: true,
      parts: { select: { departmentId: true, status: true } },
    },
  });
}

describe("transitionApplication: two staff at the same moment", () => {
  it("approve vs. request-supplement at the same moment: exactly one wins", async () => {
    const applicant = await createResident();
    const [clerk, approver, asker] = [
      await createStaff("clerk"),
      await createStaff("reviewer", "hrss"),
      await createStaff("reviewer", "hrss"),
    ];
    const app = await createSubmitted({ applicant });
    await advance(app.id, [{ event: "accept", by: actorOf(clerk) }]);
    const before = await state(app.id);
    const eventsBefore = await db.applicationEvent.count({ where: { applicationId: app.id } });

    const results = await raceOnRow("Application", app.id, [
      () =>
        transitionApplication({ applicationId: app.id, event: "approve_part", actor: actorOf(approver), input: {} }),
      () =>
        transitionApplication({
          applicationId: app.id,
          event: "request_supplement",
          actor: actorOf(asker),
          input: { materials: ["photo"] },
        }),
    ]);

    const codes = results.map(codeOf);
    expect(codes.filter((c) => c === "ok")).toHaveLength(1);
    expect(codes.filter((c) => c !== "ok")).toEqual(["errors:transition.movedOn"]);
    const after = await state(app.id);
    expect(after.version).toBe(before.version + 1);
    expect(await db.applicationEvent.count({ where: { applicationId: app.id } })).toBe(eventsBefore + 1);
    if (codes[0] === "ok") {
      expect(after).toMatchObject({ status: "approved", parts: [{ departmentId: "hrss", status: "approved" }] });
    } else {
      expect(after).toMatchObject({
        status: "supplement_requested",
        parts: [{ departmentId: "hrss", status: "pending" }],
      });
    }
  });

  it("two departments signing off their parts at once: one wins, the other is told it moved on and then succeeds", async () => {
    const applicant = await createResident();
    const [clerk, civil, township] = [
      await createStaff("clerk"),
      await createStaff("reviewer", "civil-affairs"),
      await createStaff("reviewer", "township"),
    ];
    const app = await createSubmitted({ applicant, slug: "minimum-living-allowance" });
    await advance(app.id, [{ event: "accept", by: actorOf(clerk) }]);
    const approve = (s: typeof civil) =>
      transitionApplication({ applicationId: app.id, event: "approve_part", actor: actorOf(s), input: {} });

    const results = await raceOnRow("Application", app.id, [() => approve(civil), () => approve(township)]);
    expect(results.map(codeOf).sort()).toEqual(["errors:transition.movedOn", "ok"]);
    const loser = results[0]!.status === "rejected" ? civil : township;
    await approve(loser);

    const after = await state(app.id);
    expect(after.status).toBe("approved");
    expect(after.parts.map((p) => p.status)).toEqual(["approved", "approved"]);
  });
  it("the last two of three departments signing off at once: the version decides, and the application ends approved", async () => {
    // With three parts the status does not change between the two sign-offs (under review → under review), so only
    // the version column tells them apart; without it both would commit and leave every part approved but the
    // application under review for ever. (No item has three departments yet; the third part is added by hand.)
    const applicant = await createResident();
    const [clerk, civil, township, police] = [
      await createStaff("clerk"),
      await createStaff("reviewer", "civil-affairs"),
      await createStaff("reviewer", "township"),
      await createStaff("reviewer", "public-security"),
    ];
    const app = await createSubmitted({ applicant, slug: "minimum-living-allowance" });
    await db.applicationPart.create({ data: { applicationId: app.id, departmentId: "public-security" } });
    await advance(app.id, [
      { event: "accept", by: actorOf(clerk) },
      { event: "approve_part", by: actorOf(civil) },
    ]);
    expect((await state(app.id)).status).toBe("under_review");
    const approve = (s: typeof civil) =>
      transitionApplication({ applicationId: app.id, event: "approve_part", actor: actorOf(s), input: {} });

    const results = await raceOnRow("Application", app.id, [() => approve(township), () => approve(police)]);
    expect(results.map(codeOf).sort()).toEqual(["errors:transition.movedOn", "ok"]);
    await approve(results[0]!.status === "rejected" ? township : police);
    expect((await state(app.id)).status).toBe("approved");
  });
});

describe("transitionApplication: the life of an application", () => {
  it("supplement requested once, answered with the file, resumed where it was, approved, issued and closed", async () => {
    const applicant = await createResident();
    const [clerk, reviewer] = [await createStaff("clerk"), await createStaff("reviewer", "hrss")];
    const app = await createSubmitted({ applicant });
    await advance(app.id, [
      { event: "accept", by: actorOf(clerk) },
      { event: "request_supplement", by: actorOf(reviewer), input: { materials: ["photo"], note: "照片不清楚" } },
    ]);
    expect((await state(app.id)).pausedOn).not.toBeNull();

    // While it waits for the resident, staff cannot ask again (the page would show no such button: "moved on").
    await expect(
      transitionApplication({
        applicationId: app.id,
        event: "request_supplement",
        actor: actorOf(reviewer),
        input: { materials: ["id-card"] },
      }),
    ).rejects.toMatchObject({ code: "errors:transition.movedOn" });
    // Resubmitting without the requested file is refused and names what is missing.
    await expect(
      transitionApplication({ applicationId: app.id, event: "resubmit", actor: residentActor(applicant), input: {} }),
    ).rejects.toMatchObject({ code: "errors:transition.materialsMissing", fieldErrors: { materials: "photo" } });

    expect(
      await storeSupplementUpload({
        ownerId: applicant.id,
        applicationId: app.id,
        material: "photo",
        fileName: "photo.pdf",
        bytes: pdfBytes("photo"),
      }),
    ).toMatchObject({ ok: true });
    await advance(app.id, [{ event: "resubmit", by: residentActor(applicant) }]);
    expect(await state(app.id)).toMatchObject({ status: "accepted", pausedOn: null });

    await advance(app.id, [
      { event: "approve_part", by: actorOf(reviewer) },
      { event: "issue_result", by: actorOf(clerk), input: { delivery: "post", trackingNumber: "sf1234567890" } },
      { event: "close", by: actorOf(clerk) },
    ]);
    expect((await state(app.id)).status).toBe("closed");
    const events = await db.applicationEvent.findMany({
      where: { applicationId: app.id },
      orderBy: { id: "asc" },
      select: { type: true, toStatus: true },
    });
    expect(events.map((e) => `${e.type}→${e.toStatus}`)).toEqual([
      "submitted→submitted",
      "accept→accepted",
      "request_supplement→supplement_requested",
      "resubmit→accepted",
      "approve_part→approved",
      "issue_result→result_issued",
      "close→closed",
    ]);
    // One inbox row per change; an SMS for every change but the resident's own resubmission (and the submission SMS).
    expect(await db.notification.count({ where: { applicationId: app.id } })).toBe(7);
    expect(await db.outboxMessage.count({ where: { to: applicant.mobile } })).toBe(6);
  });

  it("refuses a second supplement request (一次性告知) after the first was answered", async () => {
    const applicant = await createResident();
    const [clerk, reviewer] = [await createStaff("clerk"), await createStaff("reviewer", "hrss")];
    const app = await createSubmitted({ applicant });
    await advance(app.id, [
      { event: "accept", by: actorOf(clerk) },
      { event: "request_supplement", by: actorOf(reviewer), input: { materials: ["photo"] } },
    ]);
    await storeSupplementUpload({
      ownerId: applicant.id,
      applicationId: app.id,
      material: "photo",
      fileName: "p.pdf",
      bytes: pdfBytes("p"),
    });
    await advance(app.id, [{ event: "resubmit", by: residentActor(applicant) }]);
    await expect(
      transitionApplication({
        applicationId: app.id,
        event: "request_supplement",
        actor: actorOf(reviewer),
        input: { materials: ["id-card"] },
      }),
    ).rejects.toMatchObject({ code: "errors:transition.supplementAlreadyRequested" });
  });

  it("undo within ten minutes turns it back into a draft without its reference; later it is too late", async () => {
    const applicant = await createResident();
    const app = await createSubmitted({ applicant });
    await advance(app.id, [{ event: "undo_submit", by: residentActor(applicant) }]);
    const undone = await db.application.findUniqueOrThrow({
      where: { id: app.id },
      select: { status: true, reference: true, submittedAt: true },
    });
    expect(undone).toEqual({ status: "draft", reference: null, submittedAt: null });
    const event = await db.applicationEvent.findFirstOrThrow({ where: { applicationId: app.id, type: "undo_submit" } });
    expect(event.payload).toMatchObject({ reference: app.reference });

    const other = await createSubmitted({ applicant, slug: "elderly-allowance" });
    const elevenMinutesLater = new Date(Date.now() + 11 * 60_000);
    await expect(
      transitionApplication({
        applicationId: other.id,
        event: "undo_submit",
        actor: residentActor(applicant),
        input: {},
        now: elevenMinutesLater,
      }),
    ).rejects.toMatchObject({ code: "errors:transition.undoExpired" });
    expect((await state(other.id)).status).toBe("submitted");
  });

  it("withdrawing needs the ticked confirmation", async () => {
    const applicant = await createResident();
    const app = await createSubmitted({ applicant });
    await expect(
      transitionApplication({ applicationId: app.id, event: "withdraw", actor: residentActor(applicant), input: {} }),
    ).rejects.toMatchObject({ code: "errors:transition.invalidInput" });
    await advance(app.id, [{ event: "withdraw", by: residentActor(applicant), input: { confirm: "yes" } }]);
    expect((await state(app.id)).status).toBe("withdrawn");
  });

  it("a material pledged (容缺) and overdue turns into a supplement request by the lead department", async () => {
    const applicant = await createResident();
    const [clerk, lead] = [await createStaff("clerk"), await createStaff("reviewer", "civil-affairs")];
    const app = await createSubmitted({
      applicant,
      slug: "elderly-allowance",
      overrides: { bankCardScan: [], bankCardPledge: true },
    });
    const submitted = await db.application.findUniqueOrThrow({
      where: { id: app.id },
      select: { pendingMaterials: true },
    });
    expect(submitted.pendingMaterials).toEqual([{ material: "bank-card", dueBy: expect.any(String) }]);
    await advance(app.id, [{ event: "accept", by: actorOf(clerk) }]);
    await expect(
      transitionApplication({ applicationId: app.id, event: "pledge_overdue", actor: actorOf(lead), input: {} }),
    ).rejects.toMatchObject({ code: "errors:transition.noOverduePledge" });

    await db.application.update({
      where: { id: app.id },
      data: { pendingMaterials: [{ material: "bank-card", dueBy: "2020-01-02" }] },
    });
    await advance(app.id, [{ event: "pledge_overdue", by: actorOf(lead) }]);
    expect((await state(app.id)).status).toBe("supplement_requested");
  });
});

describe("transitionApplication: who may act", () => {
  it("another resident, or a reviewer of a department without a part, gets 'forbidden' and the attempt is audited", async () => {
    const applicant = await createResident();
    const stranger = await createResident();
    const otherDept = await createStaff("reviewer", "public-security");
    const app = await createSubmitted({ applicant });
    for (const actor of [residentActor(stranger), actorOf(otherDept)]) {
      await expect(
        transitionApplication({
          applicationId: app.id,
          event: actor.role === "resident" ? "withdraw" : "request_supplement",
          actor,
          input: { confirm: "yes", materials: ["photo"] },
        }),
      ).rejects.toMatchObject({ code: "errors:transition.forbidden" });
    }
    const denied = await db.auditLog.findMany({
      where: { action: "access.denied", subjectId: app.id },
      select: { actorId: true },
    });
    expect(denied.map((d) => d.actorId).sort()).toEqual([stranger.id, otherDept.id].sort());
    expect((await state(app.id)).status).toBe("submitted");
  });

  it("lets a clerk move an application only at the window, for the resident being served", async () => {
    const applicant = await createResident();
    const other = await createResident();
    const clerk = await createStaff("clerk");
    const app = await createSubmitted({ applicant });
    const accept = (windowResidentId?: string) =>
      transitionApplication({
        applicationId: app.id,
        event: "accept",
        actor: { ...actorOf(clerk), windowResidentId },
        input: {},
      });
    await expect(accept()).rejects.toMatchObject({ code: "errors:transition.forbidden" });
    await expect(accept(other.id)).rejects.toMatchObject({ code: "errors:transition.forbidden" });
    expect((await state(app.id)).status).toBe("submitted");
    await accept(applicant.id);
    expect((await state(app.id)).status).toBe("accepted");
    expect(await db.auditLog.count({ where: { action: "access.denied", subjectId: app.id, actorId: clerk.id } })).toBe(
      2,
    );
  });
});
