// Reads a multipart (or urlencoded) request body while counting its bytes, and stops as soon as the count passes the
// limit. Content-Length is only a fast first refusal: a chunked body has none and a client may lie, so the limit is
// enforced on what actually arrives. Up to `limit` bytes are held in memory (the form parser needs the whole part).
export type FormWithin = { ok: true; form: FormData } | { ok: false; problem: "tooLarge" | "malformed" };

export async function readFormWithin(request: Request, limit: number): Promise<FormWithin> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit) {
    await request.body?.cancel().catch(() => {});
    return { ok: false, problem: "tooLarge" };
  }
  if (!request.body) return { ok: false, problem: "malformed" };
  const reader = request.body.getReader();
  let total = 0;
  let tooLarge = false;
  const counted = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      total += value.byteLength;
      if (total > limit) {
        tooLarge = true;
        // Stop pulling from the client at once: the rest of the body is never read.
        await reader.cancel().catch(() => {});
        return controller.error(new Error("request body over the limit"));
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  const type = request.headers.get("content-type") ?? "";
  const form = await new Response(counted, { headers: { "content-type": type } }).formData().catch(() => null);
  if (tooLarge) return { ok: false, problem: "tooLarge" };
  return form ? { ok: true, form } : { ok: false, problem: "malformed" };
}
