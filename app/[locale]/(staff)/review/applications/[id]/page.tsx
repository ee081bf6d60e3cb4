import { pageLocale } from "@/lib/i18n/page-locale";
import { ReviewApplicationView } from "@/components/review/review-application-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("workbench", "detail.pageTitle");

export default async function ReviewApplicationPage({ params }: PageProps<"/[locale]/review/applications/[id]">) {
  const { id } = await params;
  return <ReviewApplicationView locale={await pageLocale(params)} id={id} />;
}
