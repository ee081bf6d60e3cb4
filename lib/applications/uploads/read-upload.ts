// Use case: hand an uploaded material's bytes to someone allowed to see them (rule: upload-access.ts): its owner,
// a window clerk serving the owner in a consented session, or a reviewer whose department has a part in the application; every staff read is audited.
// Anyone else gets "not found" (audited), so the existence of a file is not revealed.
import "server-only";
import { db } from "@/lib/db/client";
import { blobStorage } from "@/lib/storage/blob-storage";
import { recordAudit } from "@/lib/audit/record-audit";
import { uploadAccess, type UploadReader } from "./upload-access";

export async function readUpload(input: { id: string; reader: UploadReader; ip?: string | null }) {
  const upload = await db.upload.findUnique({
    where: { id: input.id },
    select: {
      id: true,
      ownerId: true,
      storageKey: true,
      mime: true,
      originalName: true,
      applicationId: true,
      application: { select: { parts: { select: { departmentId: true } } } },
    },
  });
  if (!upload) return null;
  // The caller may not know the reader's department (the file route passes the session's id and role only).
  const departmentId =
    input.reader.departmentId !== undefined || input.reader.role !== "reviewer"
      ? input.reader.departmentId
      : (await db.user.findUnique({ where: { id: input.reader.id }, select: { departmentId: true } }))?.departmentId;
  const access = uploadAccess(
    { ...input.reader, departmentId },
    { ownerId: upload.ownerId, partDepartments: upload.application?.parts.map((p) => p.departmentId) ?? [] },
  );
  const actor = { id: input.reader.id, role: input.reader.role };
  if (access === "denied") {
    await recordAudit({
      action: "access.denied",
      payload: { what: "upload" },
      actor,
      subject: { type: "upload", id: upload.id },
      ip: input.ip,
    });
    return null;
  }
  const bytes = await blobStorage().get(upload.storageKey);
  if (!bytes) return null;
  if (access === "staff") {
    await recordAudit({
      action: "upload.read_by_staff",
      payload: { uploadId: upload.id },
      actor,
      subject: { type: "application", id: upload.applicationId ?? "" },
      onBehalfOf: upload.ownerId,
      ip: input.ip,
    });
  }
  return { bytes, mime: upload.mime, name: upload.originalName };
}
