// Receives one material file for an application: reads its real type from the bytes, pre-checks it (type by content,
// size), has it scanned for viruses, re-encodes pictures (EXIF/GPS dropped, HEIC → JPEG), checks readability, then
// stores it and records it. Shared by the draft's file fields and by answers to a supplement request.
//
// The duplicate check, the cap on files and the insert run in one transaction holding a lock on the application's
// row, so uploads arriving at the same moment (a double click, two tabs, a script) are counted one after another.
// The bytes are written before that transaction (a slow disk or object store must not hold the lock) and deleted
// again when the file is refused there.
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { blobStorage } from "@/lib/storage/blob-storage";
import { scanFile } from "@/lib/security/virus-scan";
import { cleanImage } from "./clean-image";
import {
  checkCount,
  checkKind,
  checkMaterial,
  MAX_FILES_PER_DRAFT,
  MAX_FILES_PER_SUPPLEMENT,
  UPLOADS_PER_APPLICATION_CAP,
  type MaterialProblem,
} from "./material-check";

export type ReceivedFile =
  { ok: true; upload: { id: string; name: string; size: number } } | { ok: false; problem: MaterialProblem };

const SUPPLEMENT_PREFIX = "supplement:";

export async function receiveFile(input: {
  ownerId: string;
  applicationId: string;
  fieldName: string;
  fileName: string;
  bytes: Uint8Array;
  /** Who sends it (a clerk at the window), for the audit row of a refused file; the owner by default. */
  actor?: { id: string; role: Role };
}): Promise<ReceivedFile> {
  const type = await fileTypeFromBuffer(input.bytes).catch(() => undefined);
  const detectedMime = type?.mime ?? null;
  const kindProblem = checkKind({ detectedMime, size: input.bytes.byteLength });
  if (kindProblem) return { ok: false, problem: kindProblem };
  const name = input.fileName.replace(/[\\/\u0000-\u001f]/g, "_").slice(-120) || "file";

  // Scanned as sent (a scanner knows the original formats; a re-encoded picture would hide nothing it could find).
  const scan = await scanFile(input.bytes, { name, mime: detectedMime, size: input.bytes.byteLength });
  if (scan.verdict !== "clean") {
    await recordAudit({
      action: scan.verdict === "infected" ? "upload.infected" : "upload.scan_unavailable",
      payload: { field: input.fieldName, name, signature: scan.signature ?? null },
      actor: input.actor ?? { id: input.ownerId, role: "resident" },
      subject: { type: "application", id: input.applicationId },
      onBehalfOf: input.actor && input.actor.id !== input.ownerId ? input.ownerId : undefined,
    });
    return {
      ok: false,
      problem: scan.verdict === "infected" ? "errors:upload.infected" : "errors:upload.scanUnavailable",
    };
  }

  let bytes = input.bytes;
  let mime = detectedMime!;
  let width: number | undefined;
  let height: number | undefined;
  if (mime.startsWith("image/")) {
    const clean = await cleanImage(input.bytes, mime);
    if (!clean) return { ok: false, problem: "errors:upload.unreadable" };
    ({ bytes, mime, width, height } = clean);
  }
  // A converted iPhone photo is a JPEG now: its name says so too (the reviewer's download opens as a picture).
  const storedName = mime === "image/jpeg" ? name.replace(/\.(heic|heif)$/i, ".jpg") : name;
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // Size and type were checked on what was sent; readability on the picture as it will be stored.
  const preProblem = checkMaterial({ detectedMime, size: input.bytes.byteLength, width, height, sha256 }, []);
  if (preProblem) return { ok: false, problem: preProblem };

  const storageKey = `${input.applicationId}/${randomUUID()}`;
  const storage = blobStorage();
  await storage.put(storageKey, bytes);
  const isSupplement = input.fieldName.startsWith(SUPPLEMENT_PREFIX);
  try {
    const result = await db.$transaction(async (tx): Promise<ReceivedFile> => {
      await tx.$queryRaw`SELECT 1 FROM "Application" WHERE id = ${input.applicationId} LIMIT 1 FOR UPDATE`;
      const stored = await tx.upload.count({
        where: {
          applicationId: input.applicationId,
          fieldName: isSupplement ? { startsWith: SUPPLEMENT_PREFIX } : { not: { startsWith: SUPPLEMENT_PREFIX } },
        },
      });
      const tooMany = checkCount(stored, isSupplement ? MAX_FILES_PER_SUPPLEMENT : MAX_FILES_PER_DRAFT);
      if (tooMany) return { ok: false, problem: tooMany };
      const siblings = await tx.upload.findMany({
        where: { applicationId: input.applicationId, fieldName: input.fieldName },
        take: UPLOADS_PER_APPLICATION_CAP,
        select: { sha256: true },
      });
      const problem = checkMaterial(
        { detectedMime, size: input.bytes.byteLength, width, height, sha256 },
        siblings.map((s) => s.sha256),
      );
      if (problem) return { ok: false, problem };
      const upload = await tx.upload.create({
        data: {
          ownerId: input.ownerId,
          applicationId: input.applicationId,
          fieldName: input.fieldName,
          storageKey,
          originalName: storedName,
          mime,
          size: bytes.byteLength,
          sha256,
          width,
          height,
        },
        select: { id: true, originalName: true, size: true },
      });
      return { ok: true, upload: { id: upload.id, name: upload.originalName, size: upload.size } };
    });
    if (!result.ok) await storage.delete(storageKey);
    return result;
  } catch (e) {
    await storage.delete(storageKey).catch(() => {});
    throw e;
  }
}
