// Receives one material file for an application: reads its real type and size from the bytes, pre-checks it
// (type by content, size, readability, duplicates among the same material), stores it, records it. Shared by the
// draft's file fields and by answers to a supplement request.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { imageSize } from "image-size";
import { db } from "@/lib/db/client";
import { blobStorage } from "@/lib/storage/blob-storage";
import { checkMaterial, type MaterialProblem } from "./material-check";

export type ReceivedFile =
  { ok: true; upload: { id: string; name: string; size: number } } | { ok: false; problem: MaterialProblem };

export async function receiveFile(input: {
  ownerId: string;
  applicationId: string;
  fieldName: string;
  fileName: string;
  bytes: Uint8Array;
}): Promise<ReceivedFile> {
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
  const siblings = await db.upload.findMany({
    where: { applicationId: input.applicationId, fieldName: input.fieldName },
    select: { sha256: true },
  });
  const problem = checkMaterial(
    { detectedMime: type?.mime ?? null, size: input.bytes.byteLength, width, height, sha256 },
    siblings.map((s) => s.sha256),
  );
  if (problem) return { ok: false, problem };

  const storageKey = `${input.applicationId}/${randomUUID()}`;
  await blobStorage().put(storageKey, input.bytes);
  const name = input.fileName.replace(/[\\/\u0000-\u001f]/g, "_").slice(-120) || "file";
  const upload = await db.upload.create({
    data: {
      ownerId: input.ownerId,
      applicationId: input.applicationId,
      fieldName: input.fieldName,
      storageKey,
      originalName: name,
      mime: type!.mime,
      size: input.bytes.byteLength,
      sha256,
      width,
      height,
    },
    select: { id: true, originalName: true, size: true },
  });
  return { ok: true, upload: { id: upload.id, name: upload.originalName, size: upload.size } };
}
