import { pageLocale } from "@/lib/i18n/page-locale";
import { titleFrom } from "@/components/layout/page-title";
import { CaseDetailView } from "@/components/evaluation/case-detail-view";

export const generateMetadata = titleFrom("evaluation", "review.detailTitle");

export default async function ReviewCasePage({ params }: PageProps<"/[locale]/review/rectification/[id]">) {
  const { id } = await params;
  return <CaseDetailView locale={await pageLocale(params)} scope="review" id={id} />;
}
