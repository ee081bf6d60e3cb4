// Use case: receive one file for one material of the person's draft: read its real type and size from the bytes,
// pre-check it, store it, record it. Returns the upload, or the problem to show.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { imageSize } from "image-size";
import { db } from "@/lib/db/client";
import { blobStorage } from "@/lib/storage/blob-storage";
import type { ServiceDef } from "@/lib/form-engine/types";
import { checkMaterial, type MaterialProblem } from "./material-check";

export async function storeUpload(input: { ownerId: string; service: ServiceDef; fieldName: string; fileName: string; bytes: Uint8Array }):
  Promise<{ ok: true; upload: { id: string; name: string; size: number } } | { ok: false; problem: MaterialProblem | "errors:application.notFound" }> {
  const field = input.service.steps.flatMap((s) => s.fields).find((f) => f.kind === "file" && f.name === input.fieldName);
  const draft = await db.application.findFirst({ where: { applicantId: input.ownerId, serviceCode: input.service.code, status: "draft" }, select: { id: true } });
  if (!field || !draft) return { ok: false, problem: "errors:application.notFound" };

  const type = await fileTypeFromBuffer(input.bytes).catch(() => undefined);
  let width: number | undefined;
  let height: number | undefined;
  if (type?.mime.startsWith("image/")) {
    try {
      ({ width, height } = imageSize(input.bytes));
    } catch {
      // unreadable image: width stays undefined → "too small to read"
    }
  }
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  const siblings = await db.upload.findMany({ where: { applicationId: draft.id, fieldName: input.fieldName }, select: { sha256: true } });
  const problem = checkMaterial({ detectedMime: type?.mime ?? null, size: input.bytes.byteLength, width, height, sha256 }, siblings.map((s) => s.sha256));
  if (problem) return { ok: false, problem };

  const storageKey = `${draft.id}/${randomUUID()}`;
  await blobStorage().put(storageKey, input.bytes);
  const name = input.fileName.replace(/[\\/\u0000-\u001f]/g, "_").slice(-120) || "file";
  const upload = await db.upload.create({
    data: { ownerId: input.ownerId, applicationId: draft.id, fieldName: input.fieldName, storageKey, originalName: name, mime: type!.mime, size: input.bytes.byteLength, sha256, width, height },
    select: { id: true, originalName: true, size: true },
  });
  return { ok: true, upload: { id: upload.id, name: upload.originalName, size: upload.size } };
}
