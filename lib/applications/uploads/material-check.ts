// Automatic pre-check of an uploaded material (材料自动预审), pure: the facts are read from the bytes by the caller.
// Each problem is a translation key the resident sees next to the file, before submitting.
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MIN_IMAGE_SIDE = 600; // px: smaller photos of documents are not readable by a reviewer
/** By content. HEIC/HEIF (iPhone photos) are stored converted to JPEG; every picture is re-encoded (clean-image.ts). */
export const ACCEPTED_TYPES = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "image/heif",
] as const;
/**
 * Files stored for one draft (all its materials; a replaced or removed file counts until the clean-up deletes it a
 * day later) and for the answer to one supplement request. Far above what any item needs (10 per material), low
 * enough that one draft cannot fill the disk.
 */
export const MAX_FILES_PER_DRAFT = 30;
export const MAX_FILES_PER_SUPPLEMENT = 20;
/** A cap for reading an application's uploads: receiving a file checks both limits above under a row lock, so an
 * application holds at most MAX_FILES_PER_DRAFT + MAX_FILES_PER_SUPPLEMENT; twice that leaves room and never cuts. */
export const UPLOADS_PER_APPLICATION_CAP = 2 * (MAX_FILES_PER_DRAFT + MAX_FILES_PER_SUPPLEMENT);

export type UploadFacts = {
  detectedMime: string | null;
  size: number;
  width?: number;
  height?: number;
  sha256: string;
};

export type MaterialProblem =
  | "errors:upload.type"
  | "errors:upload.size"
  | "errors:upload.empty"
  | "errors:upload.tooSmall"
  | "errors:upload.unreadable"
  | "errors:upload.duplicate"
  | "errors:upload.tooMany"
  | "errors:upload.infected"
  | "errors:upload.scanUnavailable";

/** What the bytes as sent allow to say before anything decodes them: empty, too large, a type we do not take. */
export function checkKind(facts: Pick<UploadFacts, "detectedMime" | "size">): MaterialProblem | null {
  if (facts.size === 0) return "errors:upload.empty";
  if (facts.size > MAX_UPLOAD_BYTES) return "errors:upload.size";
  // The type comes from the file's content, never from its name: a renamed .exe is caught here.
  if (!facts.detectedMime || !(ACCEPTED_TYPES as readonly string[]).includes(facts.detectedMime))
    return "errors:upload.type";
  return null;
}

export function checkMaterial(facts: UploadFacts, existingHashes: readonly string[]): MaterialProblem | null {
  const kind = checkKind(facts);
  if (kind) return kind;
  if (facts.detectedMime !== "application/pdf" && Math.min(facts.width ?? 0, facts.height ?? 0) < MIN_IMAGE_SIDE)
    return "errors:upload.tooSmall";
  if (existingHashes.includes(facts.sha256)) return "errors:upload.duplicate";
  return null;
}

/** The cap on files: `stored` files are already kept for the draft (or the supplement answer). */
export function checkCount(stored: number, limit: number): MaterialProblem | null {
  return stored >= limit ? "errors:upload.tooMany" : null;
}
