// A clerk filling in and submitting an application for the resident at the window: it works only inside a
// consented, open session, and every step is recorded as done on the resident's behalf — once.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createDraft, createResident, service } from "@/lib/test-support/factories";
import { signInAs } from "@/lib/test-support/fake-session";
import { form, redirectOf } from "@/lib/test-support/next-request";
import { servedAtWindow } from "@/lib/test-support/window";
import { WINDOW_SESSION_MS } from "@/lib/window/window-session-rule";
import { startApplication } from "../draft/start-application";
import { saveStepAction } from "./save-step-action";
import { submitAction } from "./submit-action";
import { openAnswers } from "@/lib/applications/sealed-answers";

vi.mock("@/lib/auth/current-user", () => import("@/lib/test-support/fake-session"));

const expire = (sessionId: string) =>
  db.windowSession.update({
    where: { id: sessionId },
    data: { createdAt: new Date(Date.now() - WINDOW_SESSION_MS - 1000) },
  });
const cardStep = {
  slug: "social-security-card",
  stepId: "card",
  values: { cardHolder: "self", applicationType: "first", cardBank: "abc" },
};
const onBehalf = (residentId: string, action: string) =>
  db.auditLog.count({ where: { onBehalfOf: residentId, action } });

describe("saveStepAction at the window", () => {
  it("saves the resident's draft and records it as done on their behalf", async () => {
    const r = await createResident();
    const { staff, sessionId } = await servedAtWindow(r);
    const { id } = await startApplication({
      applicantId: r.id,
      enteredById: staff.id,
      service: service("social-security-card"),
      channel: "window",
    });
    expect(await saveStepAction({ ...cardStep, session: sessionId })).toEqual({ ok: true, nextStepId: "collection" });
    expect(openAnswers((await db.application.findUniqueOrThrow({ where: { id } })).answers)).toMatchObject({
      applicationType: "first",
    });
    expect(await onBehalf(r.id, "application.saved_on_behalf")).toBe(1);
  });

  it("window session expiry: once the session has expired the clerk can save nothing", async () => {
    const r = await createResident();
    const { staff, sessionId } = await servedAtWindow(r);
    const { id } = await startApplication({
      applicantId: r.id,
      enteredById: staff.id,
      service: service("social-security-card"),
      channel: "window",
    });
    await expire(sessionId);
    expect(await saveStepAction({ ...cardStep, session: sessionId })).toEqual({ ok: false, sessionExpired: true });
    expect((await db.application.findUniqueOrThrow({ where: { id } })).answers).toEqual({});
    expect(await onBehalf(r.id, "application.saved_on_behalf")).toBe(0);
  });

  it("a resident's own save needs no session; a signed-out one is told to sign in again", async () => {
    const r = await createResident();
    await startApplication({
      applicantId: r.id,
      enteredById: r.id,
      service: service("social-security-card"),
      channel: "online",
    });
    signInAs(r.id);
    expect(await saveStepAction(cardStep)).toMatchObject({ ok: true });
    signInAs(null);
    expect(await saveStepAction(cardStep)).toEqual({ ok: false, sessionExpired: true });
  });
});

describe("submitAction at the window", () => {
  it("submits for the resident, shows the window's receipt, and records it on their behalf once even when posted twice", async () => {
    const r = await createResident();
    const { staff, sessionId } = await servedAtWindow(r);
    const draft = await createDraft({ applicant: r, channel: "window", enteredById: staff.id });
    const post = () =>
      redirectOf(() =>
        submitAction(form({ locale: "zh", slug: "social-security-card", applicationId: draft.id, session: sessionId })),
      );
    const receipt = `/zh/clerk/sessions/${sessionId}/applications/${draft.id}/receipt`;
    expect(await post()).toBe(receipt);
    expect(await post()).toBe(receipt);
    expect(await onBehalf(r.id, "application.submitted_on_behalf")).toBe(1);
    const event = await db.applicationEvent.findFirstOrThrow({ where: { applicationId: draft.id, type: "submitted" } });
    expect(event).toMatchObject({
      actorId: staff.id,
      actorRole: "clerk",
      payload: expect.objectContaining({ onBehalf: { windowNo: "3", staffId: staff.staffId } }),
    });
  });

  it("window session expiry: an expired session submits nothing and sends the clerk to sign in", async () => {
    const r = await createResident();
    const { staff, sessionId } = await servedAtWindow(r);
    const draft = await createDraft({ applicant: r, channel: "window", enteredById: staff.id });
    await expire(sessionId);
    const to = await redirectOf(() =>
      submitAction(form({ locale: "zh", slug: "social-security-card", applicationId: draft.id, session: sessionId })),
    );
    expect(to).toMatch(/^\/zh\/staff\/sign-in\?callbackUrl=/);
    expect((await db.application.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("draft");
  });
});
