import { pageLocale } from "@/lib/i18n/page-locale";
import { ReviewView } from "@/components/application/review-view";
import { titleFrom } from "@/components/layout/page-title";
import { actingAsResident } from "@/lib/applications/acting";

export const generateMetadata = titleFrom("applications", "review.title");

export default async function ReviewPage({
  params,
  searchParams,
}: PageProps<"/[locale]/services/[slug]/apply/review">) {
  const { slug } = await params;
  const { error } = await searchParams;
  const locale = await pageLocale(params);
  const acting = await actingAsResident(locale, `/${locale}/services/${slug}/apply/review`);
  return (
    <ReviewView
      locale={locale}
      slug={slug}
      acting={acting}
      error={typeof error === "string" && error.startsWith("errors:application.") ? error : undefined}
    />
  );
}
