// The upload endpoint (app/api/uploads) counts the bytes as they arrive and answers 413 as soon as the body passes
// the limit, whatever Content-Length says: a chunked body has none, and a lying one says little. Before, the whole
// body was read into memory first (request.formData()), so a client could make the server hold any amount.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createDraft, createResident, residentActing, seedDepartments } from "@/lib/test-support/factories";
import { pdfBytes } from "@/lib/test-support/sample-files";
import { MAX_UPLOAD_BYTES } from "./material-check";

const acting = vi.hoisted(() => ({ value: null as unknown }));
vi.mock("@/lib/applications/acting", () => ({ actingForAction: async () => acting.value }));

import { POST } from "@/app/api/uploads/route";

beforeAll(seedDepartments);

const CHUNK = 64 * 1024;

/** A body that keeps producing 64 KiB chunks (up to `max` chunks, so a server that reads it all still ends). */
function endlessBody(max: number) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= max) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(CHUNK).fill(0x41));
    },
  });
  return { body, pulled: () => pulled };
}

const post = (body: BodyInit, headers: Record<string, string>) =>
  POST(new Request("http://portal.test/api/uploads", { method: "POST", body, headers, duplex: "half" } as RequestInit));

describe("POST /api/uploads", () => {
  it("answers 413 to a chunked body past the limit before reading it to its end", async () => {
    const r = await createResident();
    acting.value = residentActing(r.id);
    // 50 MiB on offer, five times the limit; no Content-Length.
    const stream = endlessBody(800);
    const res = await post(stream.body, { "content-type": "multipart/form-data; boundary=x" });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: "errors:upload.size" });
    // The limit plus the stream's read-ahead, not the 800 chunks on offer.
    expect(stream.pulled()).toBeLessThan(MAX_UPLOAD_BYTES / CHUNK + 8);
  });

  it("answers 413 when the body outgrows a Content-Length that claimed it was small", async () => {
    const r = await createResident();
    acting.value = residentActing(r.id);
    const stream = endlessBody(800);
    const res = await post(stream.body, { "content-type": "multipart/form-data; boundary=x", "content-length": "900" });
    expect(res.status).toBe(413);
    expect(stream.pulled()).toBeLessThan(MAX_UPLOAD_BYTES / CHUNK + 8);
  });

  it("still takes an ordinary multipart upload (streamed through the counter)", async () => {
    const r = await createResident();
    acting.value = residentActing(r.id);
    await createDraft({ applicant: r });
    const form = new FormData();
    form.set("service", "social-security-card");
    form.set("field", "photoScan");
    form.set("file", new File([Buffer.from(pdfBytes("route"))], "scan.pdf", { type: "application/pdf" }));
    const res = await POST(new Request("http://portal.test/api/uploads", { method: "POST", body: form }));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ name: "scan.pdf" });
  });
});
