import { pageLocale } from "@/lib/i18n/page-locale";
import { titleFrom } from "@/components/layout/page-title";
import { AuditLogView, type AuditQuery } from "@/components/admin/audit-log-view";

export const generateMetadata = titleFrom("staff", "audit.title");

export default async function AuditLogPage({ params, searchParams }: PageProps<"/[locale]/admin/audit">) {
  const sp = await searchParams;
  const query: AuditQuery = {};
  for (const key of ["action", "actorId", "subject", "from", "to", "after"] as const) {
    const v = sp[key];
    if (typeof v === "string") query[key] = v.slice(0, 120);
  }
  return <AuditLogView locale={await pageLocale(params)} query={query} />;
}
