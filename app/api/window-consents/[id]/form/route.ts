import { getCurrentUser } from "@/lib/auth/current-user";
import { clientIp } from "@/lib/http/client-ip";
import { readSignedFormScan } from "@/lib/window/sampled-signed-forms";

// The scanned consent form of one window session, for the supervisor's check (admins); anyone else: not found.
export async function GET(request: Request, { params }: RouteContext<"/api/window-consents/[id]/form">) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const { id } = await params;
  const file = await readSignedFormScan(user, id, clientIp(request.headers));
  if (!file) return new Response(null, { status: 404 });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": file.mime,
      "content-disposition": `inline; filename="${file.name}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
