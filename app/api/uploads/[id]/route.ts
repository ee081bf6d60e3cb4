import { getCurrentUser } from "@/lib/auth/current-user";
import { readUpload } from "@/lib/applications/uploads/read-upload";
import { clientIp } from "@/lib/http/client-ip";
import { windowGrantFor } from "@/lib/window/require-window-session";

export async function GET(request: Request, { params }: RouteContext<"/api/uploads/[id]">) {
  const user = await getCurrentUser();
  if (!user) return new Response(null, { status: 401 });
  const { id } = await params;
  // A clerk names the window session the file is read in (?session=): only its resident's files open.
  const session = new URL(request.url).searchParams.get("session");
  const grant = user.role === "clerk" && session ? await windowGrantFor(session) : null;
  const file = await readUpload({
    id,
    reader: { id: user.id, role: user.role, windowResidentId: grant?.residentId ?? null },
    ip: clientIp(request.headers),
  });
  if (!file) return new Response(null, { status: 404 });
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": file.mime,
      "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
