// Saving one step of a draft: validated with the step's own schema, stored in the person's own draft only, and never
// written into an application that has meanwhile been submitted.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createDraft, createResident, sampleAddress, seedDepartments, service } from "@/lib/test-support/factories";
import { saveStep } from "./save-step";
import { startApplication } from "./start-application";
import { submitApplication } from "./submit-application";
import * as getDraftModule from "./get-draft";

beforeAll(seedDepartments);

const card = service("social-security-card");

async function answersOf(id: string) {
  return (await db.application.findUniqueOrThrow({ where: { id }, select: { answers: true } })).answers as Record<string, unknown>;
}

describe("saveStep", () => {
  it("stores valid answers in the draft and names the next step", async () => {
    const r = await createResident();
    const { id } = await startApplication({ applicantId: r.id, enteredById: r.id, service: card, channel: "online" });
    const result = await saveStep({
      applicantId: r.id, service: card, stepId: "applicant", channel: "online",
      values: { applicantName: r.name, applicantIdNumber: r.idNumber, applicantMobile: r.mobile, applicantAddress: sampleAddress },
    });
    expect(result).toMatchObject({ ok: true, applicationId: id, nextStepId: "card" });
    expect(await answersOf(id)).toMatchObject({ applicantName: r.name, applicantIdNumber: r.idNumber });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).lastStepId).toBe("applicant");
  });

  it("answers invalid values with field errors and writes nothing", async () => {
    const r = await createResident();
    const { id } = await startApplication({ applicantId: r.id, enteredById: r.id, service: card, channel: "online" });
    const result = await saveStep({ applicantId: r.id, service: card, stepId: "applicant", channel: "online", values: { applicantName: "x1", applicantIdNumber: "123", applicantMobile: r.mobile, applicantAddress: sampleAddress } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["applicantIdNumber", "applicantName"]);
    expect(await answersOf(id)).toEqual({});
  });

  it("drops answers of a branch the person has left", async () => {
    const r = await createResident();
    const { id } = await startApplication({ applicantId: r.id, enteredById: r.id, service: card, channel: "online" });
    await saveStep({ applicantId: r.id, service: card, stepId: "card", channel: "online", values: { applicationType: "replace", lossReported: true, cardBank: "abc" } });
    expect(await answersOf(id)).toMatchObject({ lossReported: true });
    await saveStep({ applicantId: r.id, service: card, stepId: "card", channel: "online", values: { applicationType: "first", cardBank: "abc" } });
    expect(await answersOf(id)).not.toHaveProperty("lossReported");
  });

  it("has no draft to save into once the application is submitted", async () => {
    const r = await createResident();
    const draft = await createDraft({ applicant: r });
    await submitApplication({ applicantId: r.id, actor: { id: r.id, role: "resident" }, service: card, applicationId: draft.id });
    await expect(saveStep({ applicantId: r.id, service: card, stepId: "card", channel: "online", values: { applicationType: "first", cardBank: "abc" } }))
      .rejects.toMatchObject({ code: "errors:application.notFound" });
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
      await submitApplication({ applicantId: r.id, actor: { id: r.id, role: "resident" }, service: card, applicationId: draft.id });
      return found;
    });
    const saving = saveStep({ applicantId: r.id, service: card, stepId: "card", channel: "online", values: { applicationType: "first", cardBank: "icbc" } });
    await expect(saving).rejects.toMatchObject({ code: "errors:application.notEditable" });
    spy.mockRestore();
    const after = await db.application.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, answers: true } });
    expect(after.status).toBe("submitted");
    expect(after.answers).toEqual(submitted);
  });
});
