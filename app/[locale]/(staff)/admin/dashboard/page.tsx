import { pageLocale } from "@/lib/i18n/page-locale";
import { titleFrom } from "@/components/layout/page-title";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { dashboardQuery } from "@/components/dashboard/dashboard-path";

export const generateMetadata = titleFrom("dashboard", "title");

export default async function AdminDashboardPage({ params, searchParams }: PageProps<"/[locale]/admin/dashboard">) {
  return (
    <DashboardView locale={await pageLocale(params)} audience="admin" query={dashboardQuery(await searchParams)} />
  );
}
