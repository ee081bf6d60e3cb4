import { pageLocale } from "@/lib/i18n/page-locale";
import { StaffWorkspaceView } from "@/components/staff/staff-workspace-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("staff", "workspace.reviewer");

export default async function ReviewWorkspacePage({ params }: PageProps<"/[locale]/review">) {
  return <StaffWorkspaceView locale={await pageLocale(params)} role="reviewer" />;
}
