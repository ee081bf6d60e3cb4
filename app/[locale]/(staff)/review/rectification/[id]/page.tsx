import { pageLocale } from "@/lib/i18n/page-locale";
import { titleFrom } from "@/components/layout/page-title";
import { CaseDetailView } from "@/components/evaluation/case-detail-view";

export const generateMetadata = titleFrom("evaluation", "review.detailTitle");

export default async function ReviewCasePage({
  params,
  searchParams,
}: PageProps<"/[locale]/review/rectification/[id]">) {
  const [{ id }, { sent }] = await Promise.all([params, searchParams]);
  return <CaseDetailView locale={await pageLocale(params)} scope="review" id={id} sent={sent === "1"} />;
}
