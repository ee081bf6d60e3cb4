import { getCurrentUser } from "@/lib/auth/current-user";
import { exportMyData } from "@/lib/profile/export-my-data";

// Download of all of a resident's own data as JSON.
export async function GET() {
  const user = await getCurrentUser();
  if (!user || user.role !== "resident") return new Response(null, { status: 401 });
  const result = await exportMyData({ userId: user.id, channel: user.channel });
  // At a hall kiosk: refused (the use case says why), nothing is written to the public machine.
  if (!result.ok) return new Response(null, { status: 403, headers: { "cache-control": "no-store" } });
  return new Response(JSON.stringify(result.data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="my-data-${new Date().toISOString().slice(0, 10)}.json"`,
      "cache-control": "private, no-store",
    },
  });
}
