// A life-event bundle submitted against the real database: one linked application per applying member, each in its
// own department's queue; a file shared by two members copied once per member; two submits racing give one bundle;
// nobody else's bundle is readable; an approved birth registration puts the baby in the household list.
import { beforeAll, describe, expect, it } from "vitest";
import { createHash, randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { getBundle, getService } from "@/lib/services";
import type { Answers } from "@/lib/form-engine/types";
import { sealAnswers, openAnswers } from "@/lib/applications/sealed-answers";
import { blobStorage } from "@/lib/storage/blob-storage";
import { raceOnRow } from "@/lib/test-support/row-lock";
import { pdfBytes } from "@/lib/test-support/sample-files";
import {
  actorOf,
  advance,
  clerkActing,
  createDraft,
  createResident,
  createStaff,
  residentActing,
  sampleAddress,
  seedDepartments,
  type TestResident,
} from "@/lib/test-support/factories";
import { answers as fixture } from "@/e2e/answer-fixtures/newborn-birth-bundle.answers";
import { submitBundle } from "./submit-bundle";
import { getMyBundle } from "./get-my-bundle";
import { openMember } from "@/lib/profile/sealed-fields";
import { storeSupplementUpload } from "../uploads/store-supplement-upload";
import { residentActor } from "@/lib/test-support/factories";

beforeAll(seedDepartments);

const SLUG = "newborn-birth-bundle";
const form = getService(SLUG)!;
const bundle = getBundle(SLUG)!;

/** A stored file of the draft, with real bytes (the bundle copies them for a second member). */
async function storedFile(applicant: TestResident, applicationId: string, field: string) {
  const bytes = pdfBytes(`${field}-${randomUUID()}`);
  const storageKey = `${applicationId}/${randomUUID()}`;
  await blobStorage().put(storageKey, bytes);
  const row = await db.upload.create({
    data: {
      ownerId: applicant.id,
      applicationId,
      fieldName: field,
      storageKey,
      originalName: `${field}.pdf`,
      mime: "application/pdf",
      size: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    },
    select: { id: true },
  });
  return row.id;
}

async function bundleDraft(applicant: TestResident, overrides: Answers = {}, channel: "online" | "window" = "online") {
  const row = await db.application.create({
    data: {
      applicantId: applicant.id,
      enteredById: applicant.id,
      serviceCode: form.code,
      serviceSlug: form.slug,
      channel,
      lastStepId: "declaration",
    },
    select: { id: true },
  });
  const answers: Answers = {
    ...fixture,
    applicantName: applicant.name,
    applicantIdNumber: applicant.idNumber,
    applicantMobile: applicant.mobile,
    applicantAddress: sampleAddress,
    birthCertScan: [await storedFile(applicant, row.id, "birthCertScan")],
    hukouScan: [await storedFile(applicant, row.id, "hukouScan")],
    parentsIdScan: [await storedFile(applicant, row.id, "parentsIdScan")],
    ...(channel === "window" ? { originalsSeen: true } : {}),
    ...overrides,
  };
  await db.application.update({ where: { id: row.id }, data: { answers: sealAnswers(answers) } });
  return { id: row.id, answers };
}

const submit = (applicant: TestResident, id: string) =>
  submitBundle(residentActing(applicant.id), { service: form, bundle, applicationId: id });

async function membersOf(bundleId: string) {
  const apps = await db.application.findMany({
    where: { bundleId },
    select: {
      id: true,
      serviceSlug: true,
      bundleMember: true,
      status: true,
      reference: true,
      promisedBy: true,
      answers: true,
      parts: { select: { departmentId: true } },
      uploads: { select: { id: true, fieldName: true, storageKey: true, sha256: true } },
    },
  });
  return new Map(apps.map((a) => [a.bundleMember!, { ...a, answers: openAnswers(a.answers) }]));
}

describe("submitBundle", () => {
  it("makes one submitted application per applying member, each in its own department's queue", async () => {
    const applicant = await createResident();
    const draft = await bundleDraft(applicant);
    const result = await submit(applicant, draft.id);
    expect(result.alreadySubmitted).toBe(false);

    const members = await membersOf(result.bundleId);
    expect([...members.keys()].sort()).toEqual(["card", "hukou", "medical"]);
    const dept = (key: string) => members.get(key)!.parts.map((p) => p.departmentId);
    expect(dept("hukou")).toEqual(["public-security"]);
    expect(dept("medical")).toEqual(["medical-security"]);
    expect(dept("card")).toEqual(["hrss"]);
    for (const m of members.values()) {
      expect(m.status).toBe("submitted");
      expect(m.reference).toMatch(/^YN\d{8}/);
      expect(m.promisedBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(new Set([...members.values()].map((m) => m.reference)).size).toBe(3);
    // The draft itself became the first member (no orphan draft is left behind).
    expect(members.get("hukou")!.id).toBe(draft.id);
    expect(await db.application.count({ where: { applicantId: applicant.id, status: "draft" } })).toBe(0);

    // Each member reads like an application of its own item.
    expect(members.get("hukou")!.serviceSlug).toBe("newborn-household-registration");
    expect(members.get("medical")!.answers).toMatchObject({
      insuredPerson: "newborn",
      newbornName: fixture.babyName,
      newbornBirthDate: fixture.babyBirthDate,
      applicantIdNumber: applicant.idNumber,
    });
    expect(members.get("card")!.answers).toMatchObject({ cardHolder: "newborn", cardBank: "abc" });
    expect(members.get("card")!.answers).not.toHaveProperty("card_cardBank");

    // One SMS for the bundle, each member in the inbox.
    expect(await db.outboxMessage.count({ where: { to: applicant.mobile } })).toBe(1);
    expect(await db.notification.count({ where: { userId: applicant.id } })).toBe(4);
  });

  it("gives a file two members need to each of them, as its own copy with the same content", async () => {
    const applicant = await createResident();
    const draft = await bundleDraft(applicant);
    const members = await membersOf((await submit(applicant, draft.id)).bundleId);
    const hukouCert = members.get("hukou")!.uploads.find((u) => u.fieldName === "birthCertScan")!;
    const medicalCert = members.get("medical")!.uploads.find((u) => u.fieldName === "birthCertScan")!;
    // The birth registration keeps the uploaded row; the insurance gets a copy it names in its answers.
    expect(hukouCert.id).toBe((draft.answers.birthCertScan as string[])[0]);
    expect(medicalCert.id).not.toBe(hukouCert.id);
    expect(medicalCert.storageKey).not.toBe(hukouCert.storageKey);
    expect(medicalCert.sha256).toBe(hukouCert.sha256);
    expect(members.get("medical")!.answers.birthCertScan).toEqual([medicalCert.id]);
    expect(await blobStorage().get(medicalCert.storageKey)).toEqual(await blobStorage().get(hukouCert.storageKey));
    // The parents' ID scan is used by the birth registration only here (生育登记 does not apply).
    expect(members.get("card")!.uploads.map((u) => u.fieldName)).toEqual(["hukouScan"]);
  });

  it("adds 生育登记 for the health commission when it was not done during the pregnancy", async () => {
    const applicant = await createResident();
    const draft = await bundleDraft(applicant, {
      familyPlanningRegistered: "no",
      planning_marriageDate: "2020-05-01",
      planning_childOrder: "1",
      marriageCertScan: [],
      planning_marriageCertPledge: true,
    });
    const members = await membersOf((await submit(applicant, draft.id)).bundleId);
    expect([...members.keys()].sort()).toEqual(["card", "hukou", "medical", "planning"]);
    const planning = members.get("planning")!;
    expect(planning.parts.map((p) => p.departmentId)).toEqual(["health-commission"]);
    expect(planning.answers).toMatchObject({ spouseName: fixture.otherParentName, childOrder: "1" });
    expect(planning.answers.idCardsScan).toEqual([planning.uploads.find((u) => u.fieldName === "idCardsScan")!.id]);
  });

  it("two concurrent submits of one draft give one bundle and one set of applications", async () => {
    const applicant = await createResident();
    const draft = await bundleDraft(applicant);
    const settled = await raceOnRow("Application", draft.id, [
      () => submit(applicant, draft.id),
      () => submit(applicant, draft.id),
    ]);
    const [a, b] = settled.map((r) => {
      if (r.status === "rejected") throw r.reason;
      return r.value;
    });
    expect(a!.bundleId).toBe(b!.bundleId);
    expect([a!.alreadySubmitted, b!.alreadySubmitted].sort()).toEqual([false, true]);
    expect(await db.applicationBundle.count({ where: { applicantId: applicant.id } })).toBe(1);
    expect(await db.application.count({ where: { applicantId: applicant.id } })).toBe(3);
    // Three uploads, and one copy each of the two files a second member needs (the loser's copies were not kept).
    expect(await db.upload.count({ where: { ownerId: applicant.id } })).toBe(5);
  });

  it("does not let anyone else submit the draft or read the bundle", async () => {
    const applicant = await createResident();
    const other = await createResident();
    const draft = await bundleDraft(applicant);
    await expect(submit(other, draft.id)).rejects.toMatchObject({ code: "errors:application.notFound" });
    const { bundleId } = await submit(applicant, draft.id);
    expect(await getMyBundle(other.id, bundleId)).toBeNull();
    expect(
      await db.auditLog.count({ where: { action: "access.denied", actorId: other.id, subjectId: bundleId } }),
    ).toBe(1);
    const mine = await getMyBundle(applicant.id, bundleId);
    expect(mine!.members.map((m) => m.member.key)).toEqual(["hukou", "medical", "card"]);
    expect(mine!.combined.overall).toBe("inProgress");
  });

  it("refuses an incomplete bundle and leaves it one draft", async () => {
    const applicant = await createResident();
    const draft = await bundleDraft(applicant, { card_cardBank: undefined });
    await expect(submit(applicant, draft.id)).rejects.toMatchObject({
      code: "errors:application.incomplete",
      stepId: "card-card",
    });
    expect(await db.application.count({ where: { applicantId: applicant.id } })).toBe(1);
    expect(await db.applicationBundle.count({ where: { applicantId: applicant.id } })).toBe(0);
  });

  it("is not blocked by a draft of a member item the resident already has", async () => {
    const applicant = await createResident();
    await createDraft({ applicant, slug: "social-security-card" });
    const draft = await bundleDraft(applicant);
    const { bundleId } = await submit(applicant, draft.id);
    expect((await membersOf(bundleId)).get("card")!.status).toBe("submitted");
    expect(
      await db.application.count({ where: { applicantId: applicant.id, serviceSlug: "social-security-card" } }),
    ).toBe(2);
  });

  it("at the window, audits each member submitted on the resident's behalf, and the bundle", async () => {
    const applicant = await createResident();
    const clerk = await createStaff("clerk");
    const draft = await bundleDraft(applicant, {}, "window");
    await db.application.update({ where: { id: draft.id }, data: { enteredById: clerk.id } });
    const { bundleId } = await submitBundle(clerkActing(clerk, applicant.id), {
      service: form,
      bundle,
      applicationId: draft.id,
    });
    const rows = await db.auditLog.findMany({
      where: { actorId: clerk.id, onBehalfOf: applicant.id },
      select: { action: true, subjectId: true },
    });
    expect(rows.filter((r) => r.action === "application.submitted_on_behalf")).toHaveLength(3);
    expect(rows.filter((r) => r.action === "bundle.submitted").map((r) => r.subjectId)).toEqual([bundleId]);
  });

  it("puts the baby in the applicant's household list when the birth registration is approved", async () => {
    const applicant = await createResident();
    const draft = await bundleDraft(applicant);
    const { bundleId } = await submit(applicant, draft.id);
    const members = await membersOf(bundleId);
    const clerk = await createStaff("clerk");
    const police = await createStaff("reviewer", "public-security");
    expect(await db.householdMember.count({ where: { ownerId: applicant.id } })).toBe(0);
    await advance(members.get("hukou")!.id, [
      { event: "accept", by: actorOf(clerk) },
      { event: "approve_part", by: actorOf(police) },
    ]);
    const added = await db.householdMember.findMany({ where: { ownerId: applicant.id } });
    expect(added).toHaveLength(1);
    const child = openMember(added[0]!);
    expect(child).toMatchObject({ relation: "child", name: fixture.babyName, source: "registry" });
    // The baby's number: the mother's region, the birth date, an even (female) sequence.
    expect(child.idNumber.slice(0, 14)).toBe(`${applicant.idNumber.slice(0, 6)}20261008`);
    expect(Number(child.idNumber[16]) % 2).toBe(0);
    // The other members go on independently: still submitted.
    const after = await membersOf(bundleId);
    expect(after.get("hukou")!.status).toBe("approved");
    expect(after.get("card")!.status).toBe("submitted");
  });

  it("answers a supplement once when two departments ask for the same paper, and not a request for another", async () => {
    const applicant = await createResident();
    const draft = await bundleDraft(applicant);
    const { bundleId } = await submit(applicant, draft.id);
    const members = await membersOf(bundleId);
    const police = await createStaff("reviewer", "public-security");
    const medical = await createStaff("reviewer", "medical-security");
    const hrss = await createStaff("reviewer", "hrss");
    // Both ask for the birth certificate again; human resources asks for the household register.
    await advance(members.get("hukou")!.id, [
      { event: "request_supplement", by: actorOf(police), input: { materials: ["birth-cert"] } },
    ]);
    await advance(members.get("medical")!.id, [
      { event: "request_supplement", by: actorOf(medical), input: { materials: ["birth-cert"] } },
    ]);
    await advance(members.get("card")!.id, [
      { event: "request_supplement", by: actorOf(hrss), input: { materials: ["hukou"] } },
    ]);

    // The resident answers the birth registration's request, once.
    const stored = await storeSupplementUpload({
      ownerId: applicant.id,
      applicationId: members.get("hukou")!.id,
      material: "birth-cert",
      fileName: "birth-cert.pdf",
      bytes: pdfBytes("the birth certificate, again"),
    });
    expect(stored.ok).toBe(true);
    await advance(members.get("hukou")!.id, [{ event: "resubmit", by: residentActor(applicant) }]);

    const after = await membersOf(bundleId);
    expect(after.get("hukou")!.status).toBe("submitted");
    // The insurance asked for the same paper: it has its own copy and is back with its department.
    expect(after.get("medical")!.status).toBe("submitted");
    const copy = after.get("medical")!.uploads.find((u) => u.fieldName === "supplement:birth-cert")!;
    const original = after.get("hukou")!.uploads.find((u) => u.fieldName === "supplement:birth-cert")!;
    expect(copy.sha256).toBe(original.sha256);
    expect(copy.storageKey).not.toBe(original.storageKey);
    expect(await blobStorage().get(copy.storageKey)).toEqual(await blobStorage().get(original.storageKey));
    // The card asked for something else: it still waits, with nothing added.
    expect(after.get("card")!.status).toBe("supplement_requested");
    expect(after.get("card")!.uploads.filter((u) => u.fieldName.startsWith("supplement:"))).toEqual([]);
  });
});
