// The GET handler behind each dashboard's "download CSV" links (app/[locale]/(staff)/{admin,review}/dashboard/csv):
// who is signed in, which table, which period; the use case decides the scope and writes the audit row.
import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isLocale } from "@/lib/i18n/config";
import { clientIp } from "@/lib/http/client-ip";
import { isTableId } from "./dashboard-tables";
import { DashboardScopeError } from "./dashboard-scope";
import { exportDashboardCsv } from "./export-dashboard-csv";

export function dashboardCsvRoute(audience: "admin" | "reviewer") {
  return async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
    const { locale } = await params;
    if (!isLocale(locale)) return new Response(null, { status: 404 });
    const user = await getCurrentUser();
    if (!user) return new Response(null, { status: 401 });
    if (user.role !== (audience === "admin" ? "admin" : "reviewer")) return new Response(null, { status: 403 });
    const sp = new URL(request.url).searchParams;
    const table = sp.get("table");
    if (!isTableId(table)) return new Response(null, { status: 400 });
    const one = (k: string) => sp.get(k)?.slice(0, 40) ?? undefined;
    const viewer = { id: user.id, role: user.role, departmentId: user.department?.id ?? null };
    try {
      const out = await exportDashboardCsv(
        viewer,
        { table, period: one("period"), from: one("from"), to: one("to"), department: one("department") },
        locale,
        clientIp(request.headers),
      );
      if (!out) return new Response(null, { status: 404 });
      return new Response(out.csv, {
        headers: {
          "content-type": "text/csv; charset=utf-8",
          "content-disposition": `attachment; filename="${out.fileName}"`,
          "cache-control": "private, no-store",
          "x-content-type-options": "nosniff",
        },
      });
    } catch (e) {
      if (e instanceof DashboardScopeError) return new Response(null, { status: 403 });
      throw e;
    }
  };
}
