import { pageLocale } from "@/lib/i18n/page-locale";
import { titleFrom } from "@/components/layout/page-title";
import { RatingScreenView } from "@/components/window/rating-screen-view";

export const generateMetadata = titleFrom("window", "ratingScreen.pageTitle");

export default async function RatingScreenPage({ params, searchParams }: PageProps<"/[locale]/rating-screen">) {
  const { error } = await searchParams;
  return (
    <RatingScreenView
      locale={await pageLocale(params)}
      error={error === "invalid" || error === "notAsked" || error === "rated" ? error : undefined}
    />
  );
}
