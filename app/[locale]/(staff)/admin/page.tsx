import { pageLocale } from "@/lib/i18n/page-locale";
import { StaffWorkspaceView } from "@/components/staff/staff-workspace-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("staff", "workspace.admin");

export default async function AdminWorkspacePage({ params }: PageProps<"/[locale]/admin">) {
  return <StaffWorkspaceView locale={await pageLocale(params)} role="admin" />;
}
