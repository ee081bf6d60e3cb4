import { pageLocale } from "@/lib/i18n/page-locale";
import { ReviewView } from "@/components/application/review-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("applications", "review.title");

export default async function ReviewPage({ params, searchParams }: PageProps<"/[locale]/services/[slug]/apply/review">) {
  const { slug } = await params;
  const { error } = await searchParams;
  return <ReviewView locale={await pageLocale(params)} slug={slug} error={typeof error === "string" && error.startsWith("errors:application.") ? error : undefined} />;
}
