// Automatic pre-check of an uploaded material (材料自动预审), pure: the facts are read from the bytes by the caller.
// Each problem is a translation key the resident sees next to the file, before submitting.
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MIN_IMAGE_SIDE = 600; // px: smaller photos of documents are not readable by a reviewer
export const ACCEPTED_TYPES = ["application/pdf", "image/jpeg", "image/png"] as const;

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
  | "errors:upload.duplicate";

export function checkMaterial(facts: UploadFacts, existingHashes: readonly string[]): MaterialProblem | null {
  if (facts.size === 0) return "errors:upload.empty";
  if (facts.size > MAX_UPLOAD_BYTES) return "errors:upload.size";
  // The type comes from the file's content, never from its name: a renamed .exe is caught here.
  if (!facts.detectedMime || !(ACCEPTED_TYPES as readonly string[]).includes(facts.detectedMime))
    return "errors:upload.type";
  if (facts.detectedMime !== "application/pdf" && Math.min(facts.width ?? 0, facts.height ?? 0) < MIN_IMAGE_SIDE)
    return "errors:upload.tooSmall";
  if (existingHashes.includes(facts.sha256)) return "errors:upload.duplicate";
  return null;
}
