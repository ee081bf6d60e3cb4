// The clean-up deletes stored files nobody needs (replaced or removed in a form, or left in an abandoned draft) a day
// after they were stored, and nothing else: files the answers name, files stored today, supplement answers.
// Before, such files stayed on disk for ever (NOTES: "Removed uploads stay on disk (orphans)").
import { openAnswers, sealAnswers } from "@/lib/applications/sealed-answers";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import {
  actorOf,
  advance,
  createDraft,
  createResident,
  createStaff,
  createSubmitted,
  seedDepartments,
  service,
} from "@/lib/test-support/factories";
import { pdfBytes } from "@/lib/test-support/sample-files";
import { storeUpload } from "./store-upload";
import { storeSupplementUpload } from "./store-supplement-upload";
import { cleanUpUploads } from "./clean-up-uploads";

beforeAll(seedDepartments);

const card = service("social-security-card");
const DAY = 24 * 60 * 60 * 1000;
const onDisk = async (id: string) => {
  const row = await db.upload.findUnique({ where: { id } });
  return row ? fs.existsSync(path.join(process.env.UPLOAD_DIR!, row.storageKey)) : false;
};
const keyOf = async (id: string) => (await db.upload.findUniqueOrThrow({ where: { id } })).storageKey;
const fileExists = (key: string) => fs.existsSync(path.join(process.env.UPLOAD_DIR!, key));

async function upload(ownerId: string, label: string) {
  const r = await storeUpload({
    ownerId,
    service: card,
    fieldName: "photoScan",
    fileName: "p.pdf",
    bytes: pdfBytes(label),
  });
  if (!r.ok) throw new Error(r.problem);
  return r.upload.id;
}
const age = (id: string, ms: number) =>
  db.upload.update({ where: { id }, data: { createdAt: new Date(Date.now() - ms) } });

describe("cleanUpUploads", () => {
  it("deletes a day-old file the answers no longer name; keeps named ones and today's; runs twice safely", async () => {
    const r = await createResident();
    const draft = await createDraft({ applicant: r });
    const named = await upload(r.id, "named");
    const replaced = await upload(r.id, "replaced");
    const fresh = await upload(r.id, "fresh");
    const answers = openAnswers((await db.application.findUniqueOrThrow({ where: { id: draft.id } })).answers);
    await db.application.update({
      where: { id: draft.id },
      data: { answers: sealAnswers({ ...answers, photoScan: [named] }) },
    });
    await age(named, 2 * DAY);
    await age(replaced, 2 * DAY);
    const replacedKey = await keyOf(replaced);

    const first = await cleanUpUploads();
    expect(first.files).toBeGreaterThanOrEqual(1);
    expect(await db.upload.findUnique({ where: { id: replaced } })).toBeNull();
    expect(fileExists(replacedKey)).toBe(false);
    expect(await onDisk(named)).toBe(true);
    expect(await onDisk(fresh)).toBe(true); // stored today: its step may not be saved yet
    expect(await db.auditLog.findFirst({ where: { action: "upload.cleaned_up", subjectId: draft.id } })).toMatchObject({
      payload: { reason: "not_in_answers" },
    });

    expect(await cleanUpUploads()).toEqual({ applications: 0, files: 0 });
  });

  it("empties an abandoned draft's files (untouched for 90 days) and takes them out of its answers", async () => {
    const r = await createResident();
    const draft = await createDraft({ applicant: r });
    const id = await upload(r.id, "old");
    const answers = openAnswers((await db.application.findUniqueOrThrow({ where: { id: draft.id } })).answers);
    await db.application.update({
      where: { id: draft.id },
      data: { answers: sealAnswers({ ...answers, photoScan: [id] }) },
    });
    await age(id, 100 * DAY);
    await db.$executeRaw`UPDATE "Application" SET "updatedAt" = now() - interval '100 days' WHERE id = ${draft.id}`;

    await cleanUpUploads();
    expect(await db.upload.findUnique({ where: { id } })).toBeNull();
    const after = openAnswers((await db.application.findUniqueOrThrow({ where: { id: draft.id } })).answers);
    expect(after.photoScan).toEqual([]);
  });

  it("never deletes a submitted application's named files or a supplement answer", async () => {
    const r = await createResident();
    const reviewer = await createStaff("reviewer", "hrss");
    const app = await createSubmitted({ applicant: r });
    await advance(app.id, [{ event: "request_supplement", by: actorOf(reviewer), input: { materials: ["photo"] } }]);
    const s = await storeSupplementUpload({
      ownerId: r.id,
      applicationId: app.id,
      material: "photo",
      fileName: "s.pdf",
      bytes: pdfBytes("supp"),
    });
    if (!s.ok) throw new Error(s.problem);
    await db.upload.updateMany({
      where: { applicationId: app.id },
      data: { createdAt: new Date(Date.now() - 400 * DAY) },
    });
    const before = await db.upload.count({ where: { applicationId: app.id } });

    await cleanUpUploads();
    expect(await db.upload.count({ where: { applicationId: app.id } })).toBe(before);
    expect(await onDisk(s.upload.id)).toBe(true);
  });
});
