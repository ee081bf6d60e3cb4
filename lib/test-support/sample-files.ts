// Bytes of material files the upload checks accept or refuse, built in memory (no fixtures on disk).

/** A minimal one-page PDF; `label` makes the bytes (and so the hash) differ per file. */
export function pdfBytes(label: string): Uint8Array {
  return new TextEncoder().encode(
    `%PDF-1.4\n% test material ${label}\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** The signature and IHDR chunk of a PNG of this size: enough for type detection and the size check. */
export function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(8 + 25);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13); // IHDR length
  bytes.set([0x49, 0x48, 0x44, 0x52], 12); // "IHDR"
  view.setUint32(16, width);
  view.setUint32(20, height);
  bytes.set([8, 6, 0, 0, 0], 24); // bit depth, colour type, compression, filter, interlace
  return bytes;
}

/** A Windows executable's first bytes, under whatever name the uploader gives it. */
export function exeBytes(): Uint8Array {
  const bytes = new Uint8Array(256);
  bytes.set([0x4d, 0x5a, 0x90, 0x00], 0); // "MZ"
  return bytes;
}
