// The signed paper consent form, scanned into the window session: its type is read from the bytes (a PDF or a
// photo, as for materials), it is stored in the blob storage beside the uploads, and only its key, type and hash
// are kept on the session row. A supervisor samples these scans (sampled-signed-forms.ts).
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { imageSize } from "image-size";
import { blobStorage } from "@/lib/storage/blob-storage";
import { checkMaterial } from "@/lib/applications/uploads/material-check";

export type Scan = { fileName: string; bytes: Uint8Array };
export type StoredScan = { key: string; mime: string; sha256: string };

/** The scan's type and hash read from its bytes; null when it is missing or not a readable PDF/JPEG/PNG. */
export async function readScan(scan: Scan | null): Promise<{ mime: string; sha256: string } | null> {
  if (!scan || scan.bytes.byteLength === 0) return null;
  const type = await fileTypeFromBuffer(scan.bytes).catch(() => undefined);
  let width: number | undefined;
  let height: number | undefined;
  if (type?.mime.startsWith("image/")) {
    try {
      ({ width, height } = imageSize(scan.bytes));
    } catch {
      // unreadable image: refused as too small below
    }
  }
  const sha256 = createHash("sha256").update(scan.bytes).digest("hex");
  const problem = checkMaterial(
    { detectedMime: type?.mime ?? null, size: scan.bytes.byteLength, width, height, sha256 },
    [],
  );
  return problem || !type ? null : { mime: type.mime, sha256 };
}

/** Checks and stores the scan; null when it is missing or unreadable. */
export async function storeSignedFormScan(sessionId: string, scan: Scan | null): Promise<StoredScan | null> {
  const read = await readScan(scan);
  if (!read || !scan) return null;
  const key = `window-consent/${sessionId}/${randomUUID()}`;
  await blobStorage().put(key, scan.bytes);
  return { key, ...read };
}
