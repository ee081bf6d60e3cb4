// Use case: hand an uploaded material's bytes to someone allowed to see them: its owner, or staff (whose every
// read is audited). Anyone else gets "not found", so the existence of a file is not revealed.
import "server-only";
import { db } from "@/lib/db/client";
import { blobStorage } from "@/lib/storage/blob-storage";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Role } from "@/lib/db/generated/enums";

export async function readUpload(input: { id: string; reader: { id: string; role: Role }; ip?: string | null }) {
  const upload = await db.upload.findUnique({ where: { id: input.id }, select: { id: true, ownerId: true, storageKey: true, mime: true, originalName: true, applicationId: true } });
  if (!upload) return null;
  const isOwner = upload.ownerId === input.reader.id;
  const isStaff = input.reader.role !== "resident";
  if (!isOwner && !isStaff) {
    await recordAudit({ action: "access.denied", payload: { what: "upload" }, actor: input.reader, subject: { type: "upload", id: upload.id }, ip: input.ip });
    return null;
  }
  const bytes = await blobStorage().get(upload.storageKey);
  if (!bytes) return null;
  if (!isOwner) {
    await recordAudit({ action: "upload.read_by_staff", payload: { uploadId: upload.id }, actor: input.reader, subject: { type: "application", id: upload.applicationId ?? "" }, onBehalfOf: upload.ownerId, ip: input.ip });
  }
  return { bytes, mime: upload.mime, name: upload.originalName };
}
