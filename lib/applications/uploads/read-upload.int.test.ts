// Reading a material's bytes: the owner, a window clerk, or a reviewer whose department has a part; every staff
// read and every refused read leaves an audit row; a refused read looks like a missing file.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readUpload } from "./read-upload";
import { storeUpload } from "./store-upload";
import { createDraft, createResident, createStaff, seedDepartments, service } from "@/lib/test-support/factories";
import { pdfBytes } from "@/lib/test-support/sample-files";

beforeAll(seedDepartments);

async function uploadedFile() {
  const owner = await createResident();
  const draft = await createDraft({ applicant: owner });
  // A part for the lead department, as submission creates it.
  await db.applicationPart.create({ data: { applicationId: draft.id, departmentId: "hrss" } });
  const stored = await storeUpload({
    ownerId: owner.id,
    service: service("social-security-card"),
    fieldName: "idCardScan",
    fileName: "id.pdf",
    bytes: pdfBytes("id"),
  });
  if (!stored.ok) throw new Error("upload refused");
  return { owner, uploadId: stored.upload.id, applicationId: draft.id };
}

const auditOf = (action: "upload.read_by_staff" | "access.denied") =>
  db.auditLog.findMany({ where: { action }, select: { actorId: true, subjectId: true, onBehalfOf: true } });

describe("readUpload", () => {
  it("gives the owner the bytes without an audit row, and staff with one each", async () => {
    const { owner, uploadId, applicationId } = await uploadedFile();
    const clerk = await createStaff("clerk");
    const reviewer = await createStaff("reviewer", "hrss");
    expect(await readUpload({ id: uploadId, reader: { id: owner.id, role: "resident" } })).toMatchObject({
      mime: "application/pdf",
      name: "id.pdf",
    });
    expect(await auditOf("upload.read_by_staff")).toEqual([]);
    expect(
      await readUpload({ id: uploadId, reader: { id: clerk.id, role: "clerk", windowResidentId: owner.id } }),
    ).not.toBeNull();
    // The file route knows only id and role: the reviewer's department is looked up.
    expect(await readUpload({ id: uploadId, reader: { id: reviewer.id, role: "reviewer" } })).not.toBeNull();
    expect(await auditOf("upload.read_by_staff")).toEqual([
      { actorId: clerk.id, subjectId: applicationId, onBehalfOf: owner.id },
      { actorId: reviewer.id, subjectId: applicationId, onBehalfOf: owner.id },
    ]);
  });

  it("answers another resident, a reviewer without a part and an administrator as if there were no file", async () => {
    const { uploadId } = await uploadedFile();
    const stranger = await createResident();
    const outsider = await createStaff("reviewer", "public-security");
    const admin = await createStaff("admin");
    // A clerk without a window session, or serving someone else, reads no one's files by id.
    const clerk = await createStaff("clerk");
    const readers = [
      { id: stranger.id, role: "resident" as const },
      { id: outsider.id, role: "reviewer" as const },
      { id: admin.id, role: "admin" as const },
      { id: clerk.id, role: "clerk" as const },
      { id: clerk.id, role: "clerk" as const, windowResidentId: stranger.id },
    ];
    for (const reader of readers) expect(await readUpload({ id: uploadId, reader })).toBeNull();
    expect((await auditOf("access.denied")).map((a) => a.actorId)).toEqual([
      stranger.id,
      outsider.id,
      admin.id,
      clerk.id,
      clerk.id,
    ]);
  });
});
