// Re-encoding strips the metadata a phone writes into a photo (GPS above all) and keeps the picture upright; HEIC
// photos come out as JPEG.
import sharp from "sharp";
import { describe, expect, it, vi } from "vitest";
import { heicSample } from "@/lib/test-support/sample-files";

vi.mock("server-only", () => ({}));
import { cleanImage } from "./clean-image";

/** A JPEG as a phone writes it: GPS position, camera make, and an orientation tag (turned 90°). */
async function phoneJpeg(width = 800, height = 600) {
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 180, b: 160 } } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD0: { Make: "PhoneMaker", Model: "Phone 15" },
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "43/1 54/1 30/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "81/1 19/1 0/1",
        },
      })
      .toBuffer(),
  );
}

describe("cleanImage", () => {
  it("drops EXIF (GPS, camera) from a JPEG and applies its orientation to the pixels", async () => {
    const original = await phoneJpeg();
    expect(await sharp(original).metadata()).toMatchObject({ orientation: 6, exif: expect.anything() });
    const clean = await cleanImage(original, "image/jpeg");
    expect(clean).toMatchObject({ mime: "image/jpeg", width: 600, height: 800 }); // turned upright
    const meta = await sharp(clean!.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(Buffer.from(clean!.bytes).includes("PhoneMaker")).toBe(false);
  });

  it("keeps a PNG a PNG, without its text chunks", async () => {
    const png = await sharp({ create: { width: 700, height: 700, channels: 3, background: "white" } })
      .png()
      .withMetadata({ exif: { IFD0: { Copyright: "secret-owner" } } })
      .toBuffer();
    const clean = await cleanImage(new Uint8Array(png), "image/png");
    expect(clean).toMatchObject({ mime: "image/png", width: 700, height: 700 });
    expect(Buffer.from(clean!.bytes).includes("secret-owner")).toBe(false);
  });

  it("turns an iPhone's HEIC photo into a JPEG", async () => {
    const clean = await cleanImage(heicSample(), "image/heic");
    expect(clean).toMatchObject({ mime: "image/jpeg", width: 640, height: 640 });
    expect((await sharp(clean!.bytes).metadata()).format).toBe("jpeg");
  }, 20_000);

  it("answers null for bytes that only look like an image", async () => {
    const fake = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await cleanImage(fake, "image/jpeg")).toBeNull();
  });
});
