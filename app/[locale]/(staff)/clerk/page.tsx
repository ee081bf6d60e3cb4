import { pageLocale } from "@/lib/i18n/page-locale";
import { StaffWorkspaceView } from "@/components/staff/staff-workspace-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("staff", "workspace.clerk");

export default async function ClerkWorkspacePage({ params }: PageProps<"/[locale]/clerk">) {
  return <StaffWorkspaceView locale={await pageLocale(params)} role="clerk" />;
}
