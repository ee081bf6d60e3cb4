import { pageLocale } from "@/lib/i18n/page-locale";
import { ReviewQueueView } from "@/components/review/review-queue-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("workbench", "queue.title");

export default async function ReviewQueuePage({ params, searchParams }: PageProps<"/[locale]/review">) {
  return <ReviewQueueView locale={await pageLocale(params)} searchParams={await searchParams} />;
}
