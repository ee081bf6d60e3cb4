// Receiving material files: the pre-checks run on the bytes (type by content, size, readability, duplicates), a
// file goes only into the person's own draft, and a supplement only answers what the request asked for.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
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
import { exeBytes, pdfBytes, pngHeader } from "@/lib/test-support/sample-files";
import { barrier } from "@/lib/test-support/barrier";
import { blobStorage } from "@/lib/storage/blob-storage";

beforeAll(seedDepartments);

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
    expect(await put(pngHeader(200, 300), "photo.png")).toEqual({ ok: false, problem: "errors:upload.tooSmall" });
    expect(await put(pngHeader(800, 1000), "photo.png")).toMatchObject({ ok: true });
    expect(await put(pngHeader(800, 1000), "photo-again.png")).toEqual({
      ok: false,
      problem: "errors:upload.duplicate",
    });
  });

  // KNOWN BUG (reported): the duplicate check reads the existing files' hashes, then inserts; two uploads of the same
  // file at once (a double click, two tabs) both pass it and the material holds the file twice. A fix needs a
  // unique index on (applicationId, fieldName, sha256) — a migration — so it is left failing here.
  it.fails("the same file uploaded twice at the same moment is stored once", async () => {
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
});
