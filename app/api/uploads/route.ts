// Upload endpoint for material files (multipart): the browser's file field posts here, one file at a time.
import { getCurrentUser } from "@/lib/auth/current-user";
import { getService } from "@/lib/services";
import { storeUpload } from "@/lib/applications/store-upload";
import { storeSupplementUpload } from "@/lib/applications/store-supplement-upload";
import { MAX_UPLOAD_BYTES } from "@/lib/applications/material-check";

export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user || user.role !== "resident") return Response.json({ error: "errors:upload.signIn" }, { status: 401 });
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_UPLOAD_BYTES + 64 * 1024) return Response.json({ error: "errors:upload.size" }, { status: 413 });
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  // A file answering a supplement request names the application and the material instead of a draft's field.
  if (form && file instanceof File && form.get("application")) {
    const result = await storeSupplementUpload({ ownerId: user.id, applicationId: String(form.get("application")), material: String(form.get("material") ?? ""), fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    if (!result.ok) return Response.json({ error: result.problem }, { status: 422 });
    return Response.json(result.upload, { status: 201 });
  }
  const service = getService(String(form?.get("service") ?? ""));
  if (!form || !(file instanceof File) || !service) return Response.json({ error: "errors:upload.failed" }, { status: 400 });
  const result = await storeUpload({ ownerId: user.id, service, fieldName: String(form.get("field") ?? ""), fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  if (!result.ok) return Response.json({ error: result.problem }, { status: 422 });
  return Response.json(result.upload, { status: 201 });
}
