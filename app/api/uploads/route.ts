// Upload endpoint for material files (multipart): the browser's file field posts here, one file at a time.
import { actingForAction } from "@/lib/applications/acting";
import { recordAudit } from "@/lib/audit/record-audit";
import { getService } from "@/lib/services";
import { storeUpload } from "@/lib/applications/uploads/store-upload";
import { storeSupplementUpload } from "@/lib/applications/uploads/store-supplement-upload";
import { MAX_UPLOAD_BYTES } from "@/lib/applications/uploads/material-check";
import { readFormWithin } from "@/lib/http/read-form-within";
import { withRequestId } from "@/lib/log/request-log";

// proxy.ts does not run before this route (it would read the whole body first): the id is given here.
export const POST = withRequestId("/api/uploads", upload, (ref) =>
  Response.json({ error: "errors:upload.failed", ref }, { status: 500 }),
);

async function upload(request: Request) {
  // At the window the clerk scans a paper material into the resident's draft: the session named in the query.
  const windowSession = new URL(request.url).searchParams.get("session");
  const acting = await actingForAction("zh", windowSession ?? undefined);
  if (!acting) return Response.json({ error: "errors:upload.signIn" }, { status: 401 });
  const ownerId = acting.applicantId;
  // Counted while it streams in: 413 as soon as the body passes the limit (the file plus the form's other fields).
  const body = await readFormWithin(request, MAX_UPLOAD_BYTES + 64 * 1024);
  if (!body.ok && body.problem === "tooLarge") return Response.json({ error: "errors:upload.size" }, { status: 413 });
  const form = body.ok ? body.form : null;
  const file = form?.get("file");
  // A file answering a supplement request names the application and the material instead of a draft's field.
  if (form && file instanceof File && form.get("application") && !acting.window) {
    const result = await storeSupplementUpload({
      ownerId,
      applicationId: String(form.get("application")),
      material: String(form.get("material") ?? ""),
      fileName: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    if (!result.ok) return Response.json({ error: result.problem }, { status: 422 });
    return Response.json(result.upload, { status: 201 });
  }
  const service = getService(String(form?.get("service") ?? ""));
  if (!form || !(file instanceof File) || !service)
    return Response.json({ error: "errors:upload.failed" }, { status: 400 });
  const field = String(form.get("field") ?? "");
  const result = await storeUpload({
    ownerId,
    service,
    fieldName: field,
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    actor: acting.actor,
  });
  if (!result.ok) return Response.json({ error: result.problem }, { status: 422 });
  const w = acting.window;
  if (w)
    await recordAudit({
      action: "upload.on_behalf",
      payload: { windowNo: w.windowNo, field },
      actor: w.clerk,
      subject: { type: "upload", id: result.upload.id },
      onBehalfOf: w.residentId,
    });
  return Response.json(result.upload, { status: 201 });
}
