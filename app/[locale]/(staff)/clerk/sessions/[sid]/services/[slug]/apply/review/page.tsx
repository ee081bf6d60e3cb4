import { pageLocale } from "@/lib/i18n/page-locale";
import { ReviewView } from "@/components/application/review-view";
import { titleFrom } from "@/components/layout/page-title";
import { actingAtWindow } from "@/lib/applications/acting";

export const generateMetadata = titleFrom("applications", "review.title");

export default async function WindowReviewPage({
  params,
  searchParams,
}: PageProps<"/[locale]/clerk/sessions/[sid]/services/[slug]/apply/review">) {
  const { sid, slug } = await params;
  const { error } = await searchParams;
  const locale = await pageLocale(params);
  const acting = await actingAtWindow(locale, sid, `/${locale}/clerk/sessions/${sid}/services/${slug}/apply/review`);
  return (
    <ReviewView
      locale={locale}
      slug={slug}
      acting={acting}
      error={typeof error === "string" && error.startsWith("errors:application.") ? error : undefined}
    />
  );
}
