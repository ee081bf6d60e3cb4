// Opening a draft for a step or the review page, and beginning an application: each rule the pages rely on, allowed
// and refused, decided by the use case (the pages only redirect where it says).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  clerkActing,
  createDraft,
  createResident,
  createStaff,
  createSubmitted,
  residentActing,
  seedDepartments,
  service,
} from "@/lib/test-support/factories";
import { grantConsents, listConsents, revokeConsent } from "@/lib/profile/consents";
import { openDraft } from "./open-draft";
import { beginApplication } from "./begin-application";

beforeAll(seedDepartments);

describe("openDraft", () => {
  it("opens the applicant's own draft in the channel it was opened through", async () => {
    const r = await createResident();
    const { id } = await createDraft({ applicant: r });
    const opened = await openDraft(residentActing(r.id), "social-security-card");
    expect(opened.ok && opened.draft.id).toBe(id);
    expect(opened.ok && opened.draft.answers).toMatchObject({ applicantName: r.name });
  });

  it("sends to the start page when there is no draft, or only another resident's", async () => {
    const a = await createResident();
    const b = await createResident();
    await createDraft({ applicant: a });
    expect(await openDraft(residentActing(b.id), "social-security-card")).toEqual({ ok: false, go: "start" });
  });

  it("sends to the receipt of an application of the item submitted a moment ago (the reload after a lost answer)", async () => {
    const r = await createResident();
    const { id } = await createSubmitted({ applicant: r });
    expect(await openDraft(residentActing(r.id), "social-security-card")).toEqual({
      ok: false,
      go: "submitted",
      applicationId: id,
    });
    // Long after, the form's pages start a new application again.
    await db.application.update({ where: { id }, data: { submittedAt: new Date(Date.now() - 31 * 60_000) } });
    expect(await openDraft(residentActing(r.id), "social-security-card")).toEqual({ ok: false, go: "start" });
    // Another resident's submission is nobody else's receipt.
    const other = await createResident();
    expect(await openDraft(residentActing(other.id), "social-security-card")).toEqual({ ok: false, go: "start" });
  });

  it("sends to the start page when the draft was last opened through another channel (handed over)", async () => {
    const r = await createResident();
    await createDraft({ applicant: r, channel: "online" });
    expect(await openDraft(residentActing(r.id, "terminal"), "social-security-card")).toEqual({
      ok: false,
      go: "start",
    });
    const clerk = await createStaff("clerk");
    expect(await openDraft(clerkActing(clerk, r.id), "social-security-card")).toEqual({ ok: false, go: "start" });
  });

  it("sends back to the consent page once a consent the item needs is revoked", async () => {
    const r = await createResident();
    await createDraft({ applicant: r, slug: "minimum-living-allowance" });
    expect((await openDraft(residentActing(r.id), "minimum-living-allowance")).ok).toBe(true);
    const [consent] = await listConsents(r.id);
    await revokeConsent(r.id, consent!.id);
    expect(await openDraft(residentActing(r.id), "minimum-living-allowance")).toEqual({ ok: false, go: "consent" });
  });

  it("does not know an item that does not exist", async () => {
    const r = await createResident();
    expect(await openDraft(residentActing(r.id), "no-such-item")).toEqual({ ok: false, go: "notFound" });
  });
});

describe("beginApplication", () => {
  it("creates the draft the first time and starts at the first step; continues after the last step saved", async () => {
    const r = await createResident();
    const card = service("social-security-card");
    expect(await beginApplication(residentActing(r.id), card.slug)).toEqual({ ok: true, step: card.steps[0]!.id });
    const row = await db.application.findFirstOrThrow({ where: { applicantId: r.id, status: "draft" } });
    expect(row).toMatchObject({ channel: "online", enteredById: r.id, serviceCode: card.code });
    await db.application.update({ where: { id: row.id }, data: { lastStepId: card.steps[0]!.id } });
    expect(await beginApplication(residentActing(r.id), card.slug)).toEqual({ ok: true, step: card.steps[1]!.id });
  });

  it("at the window hands the resident's draft over to the window, entered by the clerk when new", async () => {
    const r = await createResident();
    const clerk = await createStaff("clerk");
    await createDraft({ applicant: r });
    expect((await beginApplication(clerkActing(clerk, r.id), "social-security-card")).ok).toBe(true);
    const row = await db.application.findFirstOrThrow({ where: { applicantId: r.id, status: "draft" } });
    expect(row.channel).toBe("window");
    expect((await openDraft(clerkActing(clerk, r.id), "social-security-card")).ok).toBe(true);
  });

  it("waits for the consent an item with sensitive data needs, and creates nothing before it", async () => {
    const r = await createResident();
    const allowance = service("minimum-living-allowance");
    expect(await beginApplication(residentActing(r.id), allowance.slug)).toEqual({ ok: false, go: "consent" });
    expect(await db.application.count({ where: { applicantId: r.id } })).toBe(0);
    await grantConsents(r.id, allowance, [...allowance.sensitive!]);
    expect((await beginApplication(residentActing(r.id), allowance.slug)).ok).toBe(true);
  });
});
