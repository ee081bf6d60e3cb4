// Receiving material files: the pre-checks run on the bytes (type by content, size, readability, duplicates), a
// file goes only into the person's own draft, and a supplement only answers what the request asked for.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { storeUpload } from "./store-upload";
import { storeSupplementUpload } from "./store-supplement-upload";
import {
  actorOf,
  advance,
  createDraft,
  createResident,
  createStaff,
  createSubmitted,
  seedDepartments,
  service,
} from "@/lib/test-support/factories";
import { exeBytes, heicSample, pdfBytes, pngHeader, pngImage } from "@/lib/test-support/sample-files";
import { EICAR, startFakeClamd, type FakeClamd } from "@/lib/test-support/fake-clamd";
import { barrier } from "@/lib/test-support/barrier";
import { blobStorage } from "@/lib/storage/blob-storage";

beforeAll(seedDepartments);
let clamd: FakeClamd;
beforeAll(async () => {
  clamd = await startFakeClamd();
});
afterAll(() => clamd.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

const stored = async (id: string) =>
  fs.readFileSync(
    path.join(process.env.UPLOAD_DIR!, (await db.upload.findUniqueOrThrow({ where: { id } })).storageKey),
  );

const card = service("social-security-card");

describe("storeUpload", () => {
  it("stores a PDF under the draft, with its bytes on disk outside the web root", async () => {
    const r = await createResident();
    const draft = await createDraft({ applicant: r });
    const result = await storeUpload({
      ownerId: r.id,
      service: card,
      fieldName: "photoScan",
      fileName: "../../photo.pdf",
      bytes: pdfBytes("a"),
    });
    expect(result).toMatchObject({ ok: true, upload: { name: ".._.._photo.pdf" } });
    const row = await db.upload.findFirstOrThrow({
      where: { applicationId: draft.id, fieldName: "photoScan", originalName: ".._.._photo.pdf" },
    });
    expect(row).toMatchObject({ ownerId: r.id, mime: "application/pdf" });
    expect(fs.readFileSync(path.join(process.env.UPLOAD_DIR!, row.storageKey))).toEqual(Buffer.from(pdfBytes("a")));
  });

  it("refuses by content: a renamed executable, an empty file, a photo too small to read, the same file twice", async () => {
    const r = await createResident();
    await createDraft({ applicant: r });
    const put = (bytes: Uint8Array, fileName = "scan.pdf") =>
      storeUpload({ ownerId: r.id, service: card, fieldName: "photoScan", fileName, bytes });
    expect(await put(exeBytes(), "scan.pdf")).toEqual({ ok: false, problem: "errors:upload.type" });
    expect(await put(new Uint8Array())).toEqual({ ok: false, problem: "errors:upload.empty" });
    expect(await put(await pngImage(200, 300), "photo.png")).toEqual({ ok: false, problem: "errors:upload.tooSmall" });
    // Only the header of a picture: it looks like a PNG but cannot be decoded (and so cannot be re-encoded).
    expect(await put(pngHeader(800, 1000), "photo.png")).toEqual({ ok: false, problem: "errors:upload.unreadable" });
    expect(await put(await pngImage(800, 1000), "photo.png")).toMatchObject({ ok: true });
    expect(await put(await pngImage(800, 1000), "photo-again.png")).toEqual({
      ok: false,
      problem: "errors:upload.duplicate",
    });
  });

  // The duplicate check and the insert run under a lock on the draft's row (the same lock as the cap on files), so two
  // uploads of the same file at once (a double click, two tabs) store it once. This was a known bug (it.fails).
  it("the same file uploaded twice at the same moment is stored once", async () => {
    const r = await createResident();
    const draft = await createDraft({ applicant: r });
    const put = () =>
      storeUpload({
        ownerId: r.id,
        service: card,
        fieldName: "photoScan",
        fileName: "photo.pdf",
        bytes: pdfBytes("twice"),
      });
    // Both uploads have checked for duplicates before either is recorded: they meet while storing the bytes.
    const bothChecked = barrier(2);
    const storage = blobStorage();
    const store = storage.put.bind(storage);
    vi.spyOn(storage, "put").mockImplementation(async (key, bytes) => {
      await bothChecked();
      return store(key, bytes);
    });
    const results = await Promise.all([put(), put()]);
    vi.restoreAllMocks();
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    expect(await db.upload.count({ where: { applicationId: draft.id, originalName: "photo.pdf" } })).toBe(1);
  });

  it("strips EXIF (the GPS position, the camera) from a photo before storing it, keeping it upright", async () => {
    const r = await createResident();
    await createDraft({ applicant: r });
    const photo = await sharp({ create: { width: 900, height: 700, channels: 3, background: "#c8b4a0" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExif({
        IFD0: { Make: "PhoneMaker" },
        IFD3: {
          GPSLatitudeRef: "N",
          GPSLatitude: "43/1 54/1 30/1",
          GPSLongitudeRef: "E",
          GPSLongitude: "81/1 19/1 0/1",
        },
      })
      .toBuffer();
    const result = await storeUpload({
      ownerId: r.id,
      service: card,
      fieldName: "photoScan",
      fileName: "IMG_0001.jpg",
      bytes: new Uint8Array(photo),
    });
    expect(result).toMatchObject({ ok: true });
    const bytes = await stored(result.ok ? result.upload.id : "");
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(bytes.includes("PhoneMaker")).toBe(false);
    expect(meta).toMatchObject({ format: "jpeg", width: 700, height: 900 });
  });

  it("takes an iPhone's HEIC photo and stores it as a JPEG", async () => {
    const r = await createResident();
    await createDraft({ applicant: r });
    const result = await storeUpload({
      ownerId: r.id,
      service: card,
      fieldName: "photoScan",
      fileName: "IMG_0002.HEIC",
      bytes: heicSample(),
    });
    expect(result).toMatchObject({ ok: true });
    const id = result.ok ? result.upload.id : "";
    expect(await db.upload.findUniqueOrThrow({ where: { id } })).toMatchObject({
      originalName: "IMG_0002.jpg",
      mime: "image/jpeg",
      width: 640,
      height: 640,
    });
    expect((await sharp(await stored(id)).metadata()).format).toBe("jpeg");
  });

  // 30 files per draft (replaced ones count until they are cleaned up a day later): a script or a stuck client
  // could otherwise fill the disk through one draft.
  it("stops at 30 files per draft, also when the last ones arrive at the same moment", async () => {
    const r = await createResident();
    const draft = await createDraft({ applicant: r });
    const put = (label: string) =>
      storeUpload({ ownerId: r.id, service: card, fieldName: "photoScan", fileName: "p.pdf", bytes: pdfBytes(label) });
    // The factory's draft holds the files its answers name already.
    const already = await db.upload.count({ where: { applicationId: draft.id } });
    for (let i = already; i < 28; i++) expect(await put(`n${i}`)).toMatchObject({ ok: true });
    const lastThree = await Promise.all([put("x1"), put("x2"), put("x3")]);
    expect(lastThree.filter((x) => x.ok)).toHaveLength(2);
    expect(lastThree.find((x) => !x.ok)).toEqual({ ok: false, problem: "errors:upload.tooMany" });
    expect(await db.upload.count({ where: { applicationId: draft.id } })).toBe(30);
  }, 60_000);

  it("refuses an infected file (clamd), stores nothing and audits it", async () => {
    vi.stubEnv("CLAMD_ADDRESS", clamd.address);
    const r = await createResident();
    const draft = await createDraft({ applicant: r });
    const infected = new TextEncoder().encode(`%PDF-1.4\n${EICAR}\n%%EOF\n`);
    const result = await storeUpload({
      ownerId: r.id,
      service: card,
      fieldName: "photoScan",
      fileName: "scan.pdf",
      bytes: infected,
    });
    expect(result).toEqual({ ok: false, problem: "errors:upload.infected" });
    expect(await db.upload.count({ where: { applicationId: draft.id, originalName: "scan.pdf" } })).toBe(0);
    expect(
      await db.auditLog.findFirst({ where: { action: "upload.infected", actorId: r.id }, select: { payload: true } }),
    ).toMatchObject({ payload: { signature: "Eicar-Test-Signature", field: "photoScan" } });
  });

  it("in production without a scanner refuses the file (fail closed)", async () => {
    vi.stubEnv("CLAMD_ADDRESS", undefined);
    vi.stubEnv("VIRUS_SCAN", undefined);
    vi.stubEnv("NODE_ENV", "production");
    const r = await createResident();
    await createDraft({ applicant: r });
    expect(
      await storeUpload({
        ownerId: r.id,
        service: card,
        fieldName: "photoScan",
        fileName: "a.pdf",
        bytes: pdfBytes("p"),
      }),
    ).toEqual({ ok: false, problem: "errors:upload.scanUnavailable" });
  });

  it("has nowhere to put a file without a draft of that item, or for a field the item does not have", async () => {
    const r = await createResident();
    expect(
      await storeUpload({
        ownerId: r.id,
        service: card,
        fieldName: "photoScan",
        fileName: "a.pdf",
        bytes: pdfBytes("x"),
      }),
    ).toEqual({ ok: false, problem: "errors:application.notFound" });
    await createDraft({ applicant: r });
    expect(
      await storeUpload({
        ownerId: r.id,
        service: card,
        fieldName: "noSuchField",
        fileName: "a.pdf",
        bytes: pdfBytes("x"),
      }),
    ).toEqual({ ok: false, problem: "errors:application.notFound" });
  });
});

describe("storeSupplementUpload", () => {
  it("takes a file only for a material the request listed, only from the applicant, only while it waits", async () => {
    const r = await createResident();
    const stranger = await createResident();
    const reviewer = await createStaff("reviewer", "hrss");
    const app = await createSubmitted({ applicant: r });
    const put = (ownerId: string, material: string) =>
      storeSupplementUpload({
        ownerId,
        applicationId: app.id,
        material,
        fileName: "s.pdf",
        bytes: pdfBytes(`${ownerId}${material}`),
      });

    expect(await put(r.id, "photo")).toEqual({ ok: false, problem: "errors:application.notFound" }); // nothing asked yet
    await advance(app.id, [{ event: "request_supplement", by: actorOf(reviewer), input: { materials: ["photo"] } }]);
    expect(await put(r.id, "id-card")).toEqual({ ok: false, problem: "errors:application.notFound" });
    expect(await put(stranger.id, "photo")).toEqual({ ok: false, problem: "errors:application.notFound" });
    expect(await put(r.id, "photo")).toMatchObject({ ok: true });
    expect(await db.upload.count({ where: { applicationId: app.id, fieldName: "supplement:photo" } })).toBe(1);
  });

  it("stops at 20 files in the answer to one supplement request", async () => {
    const r = await createResident();
    const reviewer = await createStaff("reviewer", "hrss");
    const app = await createSubmitted({ applicant: r });
    await advance(app.id, [{ event: "request_supplement", by: actorOf(reviewer), input: { materials: ["photo"] } }]);
    const put = (label: string) =>
      storeSupplementUpload({
        ownerId: r.id,
        applicationId: app.id,
        material: "photo",
        fileName: "s.pdf",
        bytes: pdfBytes(label),
      });
    for (let i = 0; i < 20; i++) expect(await put(`s${i}`)).toMatchObject({ ok: true });
    expect(await put("one-more")).toEqual({ ok: false, problem: "errors:upload.tooMany" });
  }, 60_000);
});
