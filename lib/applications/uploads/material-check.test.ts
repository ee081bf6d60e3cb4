import { describe, expect, it } from "vitest";
import { checkCount, checkMaterial, MAX_FILES_PER_DRAFT, MAX_UPLOAD_BYTES } from "./material-check";

const pdf = { detectedMime: "application/pdf", size: 50_000, sha256: "a" };
const photo = { detectedMime: "image/jpeg", size: 300_000, width: 1200, height: 1600, sha256: "b" };

describe("material pre-check", () => {
  it("accepts PDFs and readable photos", () => {
    expect(checkMaterial(pdf, [])).toBeNull();
    expect(checkMaterial(photo, [])).toBeNull();
  });
  it("rejects types by content (an .exe renamed to .pdf has no PDF signature)", () => {
    expect(checkMaterial({ ...pdf, detectedMime: "application/x-msdownload" }, [])).toBe("errors:upload.type");
    expect(checkMaterial({ ...pdf, detectedMime: null }, [])).toBe("errors:upload.type");
  });
  it("rejects empty and oversized files", () => {
    expect(checkMaterial({ ...pdf, size: 0 }, [])).toBe("errors:upload.empty");
    expect(checkMaterial({ ...pdf, size: MAX_UPLOAD_BYTES + 1 }, [])).toBe("errors:upload.size");
  });
  it("rejects photos too small to read", () => {
    expect(checkMaterial({ ...photo, width: 320, height: 240 }, [])).toBe("errors:upload.tooSmall");
  });
  it("rejects the same file uploaded twice", () => {
    expect(checkMaterial(photo, ["b"])).toBe("errors:upload.duplicate");
  });
  it("takes phone photos in HEIC/HEIF and WebP (converted or re-encoded before storing)", () => {
    for (const mime of ["image/heic", "image/heif", "image/webp"])
      expect(checkMaterial({ ...photo, detectedMime: mime }, [])).toBeNull();
  });
  it("stops at the cap on files", () => {
    expect(checkCount(MAX_FILES_PER_DRAFT - 1, MAX_FILES_PER_DRAFT)).toBeNull();
    expect(checkCount(MAX_FILES_PER_DRAFT, MAX_FILES_PER_DRAFT)).toBe("errors:upload.tooMany");
  });
});
