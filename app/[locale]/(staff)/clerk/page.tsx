import { pageLocale } from "@/lib/i18n/page-locale";
import { ClerkWorkspaceView } from "@/components/window/clerk-workspace-view";
import { titleFrom } from "@/components/layout/page-title";
import { pairNoticeOf } from "@/components/window/rating-screen-pairing";

export const generateMetadata = titleFrom("staff", "workspace.clerk");

export default async function ClerkWorkspacePage({ params, searchParams }: PageProps<"/[locale]/clerk">) {
  const { ended, screen } = await searchParams;
  return <ClerkWorkspaceView locale={await pageLocale(params)} ended={ended === "1"} screen={pairNoticeOf(screen)} />;
}
