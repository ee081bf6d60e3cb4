import { pageLocale } from "@/lib/i18n/page-locale";
import { titleFrom } from "@/components/layout/page-title";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { dashboardQuery } from "@/components/dashboard/dashboard-path";

export const generateMetadata = titleFrom("dashboard", "titleDepartment");

export default async function ReviewDashboardPage({ params, searchParams }: PageProps<"/[locale]/review/dashboard">) {
  return (
    <DashboardView locale={await pageLocale(params)} audience="reviewer" query={dashboardQuery(await searchParams)} />
  );
}
