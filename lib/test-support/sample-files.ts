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

/**
 * A 640×640 HEIC photo (one flat colour, 517 bytes), as an iPhone saves by default. Made with libheif's heif-enc
 * (x265) from a PNG drawn by sharp: `heif-enc -q 30 -o sample.heic src.png`.
 */
export function heicSample(): Uint8Array {
  return new Uint8Array(
    Buffer.from(
      "AAAAHGZ0eXBoZWljAAAAAG1pZjFoZWljbWlhZgAAAUNtZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAA" +
        "AA5waXRtAAAAAAABAAAAImlsb2MAAAAAREAAAQABAAAAAAFnAAEAAAAAAAAAngAAACNpaW5mAAAAAAABAAAAFWluZmUCAAAAAAEA" +
        "AGh2YzEAAAAAw2lwcnAAAAClaXBjbwAAAHlodmNDAQNwAAAAAAAAAAAAWvAA/P34+AAADwMgAAEAGEABDAH//wNwAAADAJAAAAMA" +
        "AAMAWroCQCEAAQAsQgEBA3AAAAMAkAAAAwAAAwBaoAUCAKBZbqSSmubgQEDAgAAAAwCAAAADAIQiAAEAB0QBwXKwYkAAAAAUaXNw" +
        "ZQAAAAAAAAKAAAACgAAAABBwaXhpAAAAAAMICAgAAAAWaXBtYQAAAAAAAAABAAEDgQKDAAAApm1kYXQAAACaKAGvGRRnzjTCyyyi" +
        "YPd8hTf/74+Eep4b/IgV4rP8sbKPOoBwhejEAAADAJqAprc6gHqFaPIAAAMAAAXkkwWo4AAAAwAAAwAAa8CHAAADAAADAAADAAPy" +
        "AAADAAADAAADAAHtAAADAAADAAADACmgAAADAAADAAADAOiAAAADAAADAAADApYAAAMAAAMAAASMAAADAAADAAAHPA==",
      "base64",
    ),
  );
}

/** A real PNG picture of this size (decodable: uploads are re-encoded), `shade` makes the bytes differ. */
export async function pngImage(width: number, height: number, shade = 128): Promise<Uint8Array> {
  const sharp = (await import("sharp")).default;
  const background = { r: shade, g: 255 - shade, b: 90 };
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background } })
      .png()
      .toBuffer(),
  );
}
