import { pageLocale } from "@/lib/i18n/page-locale";
import { titleFrom } from "@/components/layout/page-title";
import { CaseListView } from "@/components/evaluation/case-list-view";

export const generateMetadata = titleFrom("evaluation", "review.title");

export default async function ReviewRectificationPage({ params }: PageProps<"/[locale]/review/rectification">) {
  return <CaseListView locale={await pageLocale(params)} scope="review" />;
}
