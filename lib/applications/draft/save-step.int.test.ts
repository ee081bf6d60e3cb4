// Saving one step of a draft: validated with the step's own schema, stored in the person's own draft only, and never
// written into an application that has meanwhile been submitted.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  createDraft,
  createResident,
  createStaff,
  residentActing,
  newIdNumber,
  sampleAddress,
  seedDepartments,
  service,
  clerkActing,
} from "@/lib/test-support/factories";
import { grantConsents, listConsents, revokeConsent } from "@/lib/profile/consents";
import { maskIdNumber, maskMobile } from "@/lib/format/mask";
import { saveStep } from "./save-step";
import { startApplication } from "./start-application";
import { submitApplication } from "../submit/submit-application";
import * as getDraftModule from "./get-draft";
import { sealMember } from "@/lib/profile/sealed-fields";
import { openAnswers } from "@/lib/applications/sealed-answers";

beforeAll(seedDepartments);

const card = service("social-security-card");

async function answersOf(id: string) {
  return openAnswers((await db.application.findUniqueOrThrow({ where: { id }, select: { answers: true } })).answers);
}

describe("saveStep", () => {
  it("stores valid answers in the draft and names the next step", async () => {
    const r = await createResident();
    const { id } = await startApplication({ applicantId: r.id, enteredById: r.id, service: card, channel: "online" });
    const result = await saveStep(residentActing(r.id, "online"), {
      service: card,
      stepId: "applicant",
      values: {
        applicantName: r.name,
        applicantIdNumber: r.idNumber,
        applicantMobile: r.mobile,
        applicantAddress: sampleAddress,
      },
    });
    expect(result).toMatchObject({ ok: true, applicationId: id, nextStepId: "card" });
    expect(await answersOf(id)).toMatchObject({ applicantName: r.name, applicantIdNumber: r.idNumber });
    const row = await db.application.findUniqueOrThrow({ where: { id } });
    expect(row.lastStepId).toBe("applicant");
    // A save is a new version: a submit that validated the answers before it writes nothing and validates again.
    expect(row.version).toBe(1);
  });

  it("answers invalid values with field errors and writes nothing", async () => {
    const r = await createResident();
    const { id } = await startApplication({ applicantId: r.id, enteredById: r.id, service: card, channel: "online" });
    const result = await saveStep(residentActing(r.id, "online"), {
      service: card,
      stepId: "applicant",
      values: {
        applicantName: "x1",
        applicantIdNumber: "123",
        applicantMobile: r.mobile,
        applicantAddress: sampleAddress,
      },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["applicantIdNumber", "applicantName"]);
    expect(await answersOf(id)).toEqual({});
  });

  it("drops answers of a branch the person has left", async () => {
    const r = await createResident();
    const { id } = await startApplication({ applicantId: r.id, enteredById: r.id, service: card, channel: "online" });
    await saveStep(residentActing(r.id, "online"), {
      service: card,
      stepId: "card",
      values: { cardHolder: "self", applicationType: "replace", lossReported: true, cardBank: "abc" },
    });
    expect(await answersOf(id)).toMatchObject({ lossReported: true });
    await saveStep(residentActing(r.id, "online"), {
      service: card,
      stepId: "card",
      values: { cardHolder: "self", applicationType: "first", cardBank: "abc" },
    });
    expect(await answersOf(id)).not.toHaveProperty("lossReported");
  });

  it("has no draft to save into once the application is submitted", async () => {
    const r = await createResident();
    const draft = await createDraft({ applicant: r });
    await submitApplication(residentActing(r.id), { service: card, applicationId: draft.id });
    await expect(
      saveStep(residentActing(r.id, "online"), {
        service: card,
        stepId: "card",
        values: { cardHolder: "self", applicationType: "first", cardBank: "abc" },
      }),
    ).rejects.toMatchObject({ code: "errors:application.notFound" });
  });

  it("does not change an application that was submitted while the step was being saved", async () => {
    const r = await createResident();
    const draft = await createDraft({ applicant: r });
    const submitted = await answersOf(draft.id);
    // The other request (submit, in another tab) wins exactly between this save's read of the draft and its write:
    // the read is made to return only after the submission has committed.
    const realGetDraft = getDraftModule.getDraft;
    const spy = vi.spyOn(getDraftModule, "getDraft").mockImplementationOnce(async (...args) => {
      const found = await realGetDraft(...args);
      await submitApplication(residentActing(r.id), { service: card, applicationId: draft.id });
      return found;
    });
    const saving = saveStep(residentActing(r.id, "online"), {
      service: card,
      stepId: "card",
      values: { cardHolder: "self", applicationType: "first", cardBank: "icbc" },
    });
    await expect(saving).rejects.toMatchObject({ code: "errors:application.notEditable" });
    spy.mockRestore();
    const after = await db.application.findUniqueOrThrow({
      where: { id: draft.id },
      select: { status: true, answers: true },
    });
    expect(after.status).toBe("submitted");
    expect(openAnswers(after.answers)).toEqual(submitted);
  });

  it("refuses a save once a consent the item needs is revoked (another tab), and a save from another channel", async () => {
    const r = await createResident();
    const allowance = service("minimum-living-allowance");
    await grantConsents(r.id, allowance, [...allowance.sensitive!]);
    await startApplication({ applicantId: r.id, enteredById: r.id, service: allowance, channel: "online" });
    const values = {
      applicantName: r.name,
      applicantIdNumber: r.idNumber,
      applicantMobile: r.mobile,
      applicantAddress: sampleAddress,
    };
    const firstStep = allowance.steps[0]!.id;
    expect(await saveStep(residentActing(r.id), { service: allowance, stepId: firstStep, values })).toMatchObject({
      ok: true,
    });
    // The kiosk is another channel: the online draft is not saved from there until it is opened there.
    await expect(
      saveStep(residentActing(r.id, "terminal"), { service: allowance, stepId: firstStep, values }),
    ).rejects.toMatchObject({ code: "errors:application.otherChannel" });
    const [consent] = await listConsents(r.id);
    await revokeConsent(r.id, consent!.id);
    await expect(
      saveStep(residentActing(r.id), { service: allowance, stepId: firstStep, values }),
    ).rejects.toMatchObject({ code: "errors:application.consentMissing" });
  });

  it("at the window writes the answers and the on-behalf audit row together", async () => {
    const r = await createResident();
    const clerk = await createStaff("clerk");
    const { id } = await startApplication({
      applicantId: r.id,
      enteredById: clerk.id,
      service: card,
      channel: "window",
    });
    const acting = clerkActing(clerk, r.id);
    await saveStep(acting, {
      service: card,
      stepId: "applicant",
      values: {
        applicantName: r.name,
        applicantIdNumber: r.idNumber,
        applicantMobile: r.mobile,
        applicantAddress: sampleAddress,
      },
    });
    const audit = await db.auditLog.findMany({
      where: { action: "application.saved_on_behalf", subjectId: id },
      select: { actorId: true, onBehalfOf: true, payload: true },
    });
    expect(audit).toEqual([
      { actorId: clerk.id, onBehalfOf: r.id, payload: { windowNo: "3", applicationId: id, stepId: "applicant" } },
    ]);
  });

  it("at the window puts the held ID number back for its unchanged mask, and refuses a mask it cannot resolve", async () => {
    const r = await createResident();
    const clerk = await createStaff("clerk");
    const { id } = await startApplication({
      applicantId: r.id,
      enteredById: clerk.id,
      service: card,
      channel: "window",
    });
    const acting = clerkActing(clerk, r.id);
    const values = {
      applicantName: r.name,
      applicantIdNumber: maskIdNumber(r.idNumber),
      applicantMobile: maskMobile(r.mobile),
      applicantAddress: sampleAddress,
    };
    expect(await saveStep(acting, { service: card, stepId: "applicant", values })).toMatchObject({ ok: true });
    expect(await answersOf(id)).toMatchObject({ applicantIdNumber: r.idNumber, applicantMobile: r.mobile });
    const wrong = await saveStep(acting, {
      service: card,
      stepId: "applicant",
      values: { ...values, applicantIdNumber: "654002********0000" },
    });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(Object.keys(wrong.errors)).toEqual(["applicantIdNumber"]);
    // Online a mask is never taken for a value: the resident's own device gets the values, not masks.
    await startApplication({ applicantId: r.id, enteredById: r.id, service: card, channel: "online" });
    const online = await saveStep(residentActing(r.id), { service: card, stepId: "applicant", values });
    expect(online.ok).toBe(false);
  });

  it("at the window puts back a household member's ID number sent masked inside the members group", async () => {
    const r = await createResident();
    const clerk = await createStaff("clerk");
    const mla = service("minimum-living-allowance");
    await grantConsents(r.id, mla, [...(mla.sensitive ?? [])]);
    const spouseId = newIdNumber();
    await db.householdMember.create({
      data: {
        ownerId: r.id,
        relation: "spouse",
        name: "王丽",
        ...sealMember({ idNumber: spouseId }),
        source: "registry",
        verified: true,
      },
    });
    const { id } = await startApplication({
      applicantId: r.id,
      enteredById: clerk.id,
      service: mla,
      channel: "window",
    });
    const member = { relation: "spouse", memberName: "王丽", memberMonthlyIncome: "0" };
    const values = (memberIdNumber: string) => ({
      householdType: "with-family",
      householdMembers: [{ ...member, memberIdNumber }],
    });
    const acting = clerkActing(clerk, r.id);
    const saved = await saveStep(acting, { service: mla, stepId: "household", values: values(maskIdNumber(spouseId)) });
    expect(saved).toEqual(expect.objectContaining({ ok: true }));
    expect((await answersOf(id)).householdMembers).toEqual([{ ...member, memberIdNumber: spouseId }]);
    // A mask of no one the resident's household or draft holds is not taken for anyone.
    const stranger = await saveStep(acting, {
      service: mla,
      stepId: "household",
      values: values("654002********0000"),
    });
    expect(stranger.ok).toBe(false);
  });
});
