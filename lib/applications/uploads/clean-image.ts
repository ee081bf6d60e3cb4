// Photos of documents are re-encoded before they are stored: a phone's JPEG carries EXIF (where it was taken, GPS to
// a few metres; the phone's make and serial; sometimes a thumbnail of the uncropped picture) that a reviewer never
// needs and PIPL's minimum-necessary rule says not to keep. sharp writes no metadata unless asked, so decoding and
// encoding again drops it; the EXIF orientation is applied to the pixels first, so the picture stays upright.
// iPhones save HEIC by default: it is converted to JPEG (heic-convert, pure JavaScript: sharp's prebuilt libvips
// reads AVIF but not HEVC-coded HEIF), so every reviewer's browser shows it.
import "server-only";
import sharp from "sharp";
import heicConvert from "heic-convert";

/** Types this module turns into a stored image, by content (file-type's answer). */
export const CLEANED_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp", "image/heic", "image/heif"] as const;

export type CleanImage = { bytes: Uint8Array; mime: string; width: number; height: number };

/**
 * Decoding a picture can take much memory: refuse one of more pixels than any phone camera makes (200 MP sensors
 * included) rather than let a small compressed "bomb" expand to gigabytes.
 */
const MAX_INPUT_PIXELS = 210_000_000;

export type HeicDecoder = (bytes: Uint8Array) => Promise<Uint8Array>;

const heicToJpeg: HeicDecoder = async (bytes) =>
  new Uint8Array(await heicConvert({ buffer: bytes, format: "JPEG", quality: 0.92 }));

/** The re-encoded picture, or null when it cannot be decoded (a broken or disguised file). */
export async function cleanImage(
  bytes: Uint8Array,
  detectedMime: string,
  decodeHeic: HeicDecoder = heicToJpeg,
): Promise<CleanImage | null> {
  try {
    let input = bytes;
    let mime = detectedMime;
    if (mime === "image/heic" || mime === "image/heif") {
      input = await decodeHeic(bytes);
      mime = "image/jpeg";
    }
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate();
    const encoded =
      mime === "image/png"
        ? image.png({ compressionLevel: 9 })
        : mime === "image/webp"
          ? image.webp({ quality: 90 })
          : image.jpeg({ quality: 90, mozjpeg: true });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { bytes: new Uint8Array(data), mime, width: info.width, height: info.height };
  } catch {
    return null;
  }
}
