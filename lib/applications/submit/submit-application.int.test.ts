// Submitting a draft against the real database: the compare-and-set draft → submitted must hold when two requests
// (a double click, a retried post) arrive together, and everything written with it must be written once.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { submitApplication } from "./submit-application";
import { ApplicationError } from "../errors";
import { raceOnRow } from "@/lib/test-support/row-lock";
import {
  clerkActing,
  createDraft,
  createResident,
  createStaff,
  residentActing,
  seedDepartments,
} from "@/lib/test-support/factories";
import { listConsents, revokeConsent } from "@/lib/profile/consents";
import { openAnswers, sealAnswers } from "@/lib/applications/sealed-answers";

beforeAll(seedDepartments);

describe("submitApplication", () => {
  it("two concurrent submits of one draft give one application and one event", async () => {
    const applicant = await createResident();
    const draft = await createDraft({ applicant });
    const submit = () =>
      submitApplication(residentActing(applicant.id), { service: draft.service, applicationId: draft.id });

    const settled = await raceOnRow("Application", draft.id, [submit, submit]);
    const [a, b] = settled.map((r) => {
      if (r.status === "rejected") throw r.reason;
      return r.value;
    }) as [Awaited<ReturnType<typeof submit>>, Awaited<ReturnType<typeof submit>>];

    expect(a.reference).toBe(b.reference);
    expect([a.alreadySubmitted, b.alreadySubmitted].sort()).toEqual([false, true]);
    const apps = await db.application.findMany({
      where: { applicantId: applicant.id },
      select: { id: true, status: true, reference: true, version: true, applicantName: true, applicantIdTail: true },
    });
    // The factory writes the draft directly (version 0); the submission is the one move since.
    expect(apps).toEqual([
      {
        id: draft.id,
        status: "submitted",
        reference: a.reference,
        version: 1,
        applicantName: applicant.name,
        applicantIdTail: applicant.idNumber.slice(-6),
      },
    ]);
    expect(await db.applicationEvent.count({ where: { applicationId: draft.id } })).toBe(1);
    expect(await db.applicationPart.count({ where: { applicationId: draft.id } })).toBe(1);
    expect(await db.notification.count({ where: { applicationId: draft.id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { to: applicant.mobile } })).toBe(1);
  });

  it("gives every department of a parallel approval its pending part, the lead department first", async () => {
    const applicant = await createResident();
    const draft = await createDraft({ applicant, slug: "minimum-living-allowance" });
    await submitApplication(residentActing(applicant.id), { service: draft.service, applicationId: draft.id });
    const parts = await db.applicationPart.findMany({
      where: { applicationId: draft.id },
      select: { departmentId: true, status: true },
      orderBy: { departmentId: "asc" },
    });
    expect(parts).toEqual([
      { departmentId: "civil-affairs", status: "pending" },
      { departmentId: "township", status: "pending" },
    ]);
  });

  it("refuses an incomplete draft and leaves it a draft", async () => {
    const applicant = await createResident();
    const draft = await createDraft({ applicant, answers: { applicantName: applicant.name } });
    await expect(
      submitApplication(residentActing(applicant.id), { service: draft.service, applicationId: draft.id }),
    ).rejects.toMatchObject({ code: "errors:application.incomplete" });
    expect(
      await db.application.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, reference: true } }),
    ).toEqual({ status: "draft", reference: null });
    expect(await db.applicationEvent.count({ where: { applicationId: draft.id } })).toBe(0);
  });

  it("does not submit someone else's draft", async () => {
    const owner = await createResident();
    const other = await createResident();
    const draft = await createDraft({ applicant: owner });
    const attempt = submitApplication(residentActing(other.id), { service: draft.service, applicationId: draft.id });
    await expect(attempt).rejects.toBeInstanceOf(ApplicationError);
    expect((await db.application.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");
  });

  it("records where and by whom a window submission was made, for the resident's timeline", async () => {
    const applicant = await createResident();
    const clerk = await createStaff("clerk");
    const draft = await createDraft({ applicant, channel: "window", enteredById: clerk.id });
    await submitApplication(clerkActing(clerk, applicant.id), { service: draft.service, applicationId: draft.id });
    const event = await db.applicationEvent.findFirstOrThrow({ where: { applicationId: draft.id } });
    expect(event).toMatchObject({
      type: "submitted",
      actorId: clerk.id,
      actorRole: "clerk",
      payload: expect.objectContaining({ onBehalf: { windowNo: "3", staffId: clerk.staffId } }),
    });
  });

  it("refuses a file answer that is not an upload of this draft, and a draft whose consent was revoked", async () => {
    const applicant = await createResident();
    const fake = await createDraft({ applicant });
    const answersOf = async () =>
      openAnswers(
        (await db.application.findUniqueOrThrow({ where: { id: fake.id }, select: { answers: true } })).answers,
      );
    await db.application.update({
      where: { id: fake.id },
      data: { answers: sealAnswers({ ...(await answersOf()), idCardScan: ["x"] }) },
    });
    await expect(
      submitApplication(residentActing(applicant.id), { service: fake.service, applicationId: fake.id }),
    ).rejects.toMatchObject({ code: "errors:application.fileNotUploaded" });
    // Another resident's real upload is no file of this draft either.
    const other = await createResident();
    const theirs = await createDraft({ applicant: other });
    const theirFile = (
      openAnswers(
        (await db.application.findUniqueOrThrow({ where: { id: theirs.id }, select: { answers: true } })).answers,
      ) as Record<string, string[]>
    ).idCardScan!;
    await db.application.update({
      where: { id: fake.id },
      data: { answers: sealAnswers({ ...(await answersOf()), idCardScan: theirFile }) },
    });
    await expect(
      submitApplication(residentActing(applicant.id), { service: fake.service, applicationId: fake.id }),
    ).rejects.toMatchObject({ code: "errors:application.fileNotUploaded" });

    const needsConsent = await createResident();
    const draft = await createDraft({ applicant: needsConsent, slug: "minimum-living-allowance" });
    const [consent] = await listConsents(needsConsent.id);
    await revokeConsent(needsConsent.id, consent!.id);
    await expect(
      submitApplication(residentActing(needsConsent.id), { service: draft.service, applicationId: draft.id }),
    ).rejects.toMatchObject({ code: "errors:application.consentMissing" });
    expect(await db.application.count({ where: { id: { in: [fake.id, draft.id] }, status: "draft" } })).toBe(2);
  });

  it("at the window writes the on-behalf audit row in the submission's transaction", async () => {
    const applicant = await createResident();
    const clerk = await createStaff("clerk");
    const draft = await createDraft({ applicant, channel: "window", enteredById: clerk.id });
    const { reference } = await submitApplication(clerkActing(clerk, applicant.id), {
      service: draft.service,
      applicationId: draft.id,
    });
    const audit = await db.auditLog.findMany({
      where: { action: "application.submitted_on_behalf", subjectId: draft.id },
      select: { actorId: true, onBehalfOf: true, payload: true },
    });
    expect(audit).toEqual([
      { actorId: clerk.id, onBehalfOf: applicant.id, payload: { windowNo: "3", applicationId: draft.id, reference } },
    ]);
  });
});
