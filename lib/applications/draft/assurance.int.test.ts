// Assurance levels in the application use cases: an item that needs more certainty about who the applicant is than
// their account holds is refused to a resident online or at a kiosk, with what is missing — at the start page, at a
// step or review URL, on a posted save and on a submit — and a clerk at the window (who sees the ID card) is not.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  clerkActing,
  createDraft,
  createResident,
  createStaff,
  residentActing,
  seedDepartments,
  service,
} from "@/lib/test-support/factories";
import { grantConsents } from "@/lib/profile/consents";
import type { Answers } from "@/lib/form-engine/types";
import { beginApplication } from "./begin-application";
import { openDraft } from "./open-draft";
import { saveStep } from "./save-step";
import { submitApplication } from "../submit/submit-application";
import { openAnswers } from "@/lib/applications/sealed-answers";

beforeAll(seedDepartments);

const allowance = service("minimum-living-allowance"); // in_person: money paid on a means test
const card = service("social-security-card"); // registry

/** The applicant step's answers of a draft, as the step form posts them. */
async function applicantValues(id: string) {
  const { answers } = await db.application.findUniqueOrThrow({ where: { id }, select: { answers: true } });
  const a: Answers = openAnswers(answers);
  return Object.fromEntries(allowance.steps[0]!.fields.map((f) => [f.name, a[f.name]]));
}

describe.each(["online", "terminal"] as const)("a resident applying %s", (channel) => {
  it("below the item's level: the start page learns what is missing, before any consent, and nothing is created", async () => {
    const r = await createResident({ assurance: "registry" });
    expect(await beginApplication(residentActing(r.id, channel), allowance.slug)).toEqual({
      ok: false,
      go: "assurance",
      need: "in_person",
      have: "registry",
    });
    expect(await db.application.count({ where: { applicantId: r.id } })).toBe(0);
    const phoneOnly = await createResident({ assurance: "phone" });
    expect(await beginApplication(residentActing(phoneOnly.id, channel), card.slug)).toEqual({
      ok: false,
      go: "assurance",
      need: "registry",
      have: "phone",
    });
  });

  it("a step or review URL does not get around it, even with a draft (one handed over from the window)", async () => {
    const r = await createResident({ assurance: "registry" });
    await createDraft({ applicant: r, slug: allowance.slug, channel });
    expect(await openDraft(residentActing(r.id, channel), allowance.slug)).toEqual({
      ok: false,
      go: "assurance",
      need: "in_person",
      have: "registry",
    });
  });

  it("a posted save and a submit are refused and change nothing", async () => {
    const r = await createResident({ assurance: "registry" });
    const { id } = await createDraft({ applicant: r, slug: allowance.slug, channel });
    const before = await db.application.findUniqueOrThrow({ where: { id } });
    const acting = residentActing(r.id, channel);
    await expect(
      saveStep(acting, { service: allowance, stepId: "applicant", values: await applicantValues(id) }),
    ).rejects.toMatchObject({ code: "errors:application.assuranceMissing" });
    await expect(submitApplication(acting, { service: allowance, applicationId: id })).rejects.toMatchObject({
      code: "errors:application.assuranceMissing",
    });
    const after = await db.application.findUniqueOrThrow({ where: { id } });
    expect({ status: after.status, version: after.version }).toEqual({ status: "draft", version: before.version });
  });

  it("at the item's level or above: starts, opens, saves and submits", async () => {
    const r = await createResident({ assurance: "in_person" });
    await grantConsents(r.id, allowance, [...allowance.sensitive!]);
    const acting = residentActing(r.id, channel);
    expect((await beginApplication(acting, allowance.slug)).ok).toBe(true);
    await db.application.deleteMany({ where: { applicantId: r.id } });
    const { id } = await createDraft({ applicant: r, slug: allowance.slug, channel });
    expect((await openDraft(acting, allowance.slug)).ok).toBe(true);
    const saved = await saveStep(acting, {
      service: allowance,
      stepId: "applicant",
      values: await applicantValues(id),
    });
    expect(saved.ok).toBe(true);
    expect((await submitApplication(acting, { service: allowance, applicationId: id })).alreadySubmitted).toBe(false);
    // Registry level is enough for a registry item.
    const verified = await createResident({ assurance: "registry" });
    expect((await beginApplication(residentActing(verified.id, channel), card.slug)).ok).toBe(true);
  });
});

describe("a clerk at the window", () => {
  it("is not refused for a resident below the item's level: the clerk sees the ID card", async () => {
    const r = await createResident({ assurance: "phone" });
    const clerk = await createStaff("clerk");
    const acting = clerkActing(clerk, r.id);
    await grantConsents(r.id, allowance, [...allowance.sensitive!]);
    expect((await beginApplication(acting, allowance.slug)).ok).toBe(true);
    await db.application.deleteMany({ where: { applicantId: r.id } });
    const { id } = await createDraft({ applicant: r, slug: allowance.slug, channel: "window", enteredById: clerk.id });
    expect((await openDraft(acting, allowance.slug)).ok).toBe(true);
    const saved = await saveStep(acting, {
      service: allowance,
      stepId: "applicant",
      values: await applicantValues(id),
    });
    expect(saved.ok).toBe(true);
    expect((await submitApplication(acting, { service: allowance, applicationId: id })).alreadySubmitted).toBe(false);
  });
});
