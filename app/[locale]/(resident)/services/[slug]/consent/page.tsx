import { pageLocale } from "@/lib/i18n/page-locale";
import { ConsentView } from "@/components/profile/consent-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("profile", "consent.title");

export default async function ConsentPage({ params, searchParams }: PageProps<"/[locale]/services/[slug]/consent">) {
  const { slug } = await params;
  const { error } = await searchParams;
  return <ConsentView locale={await pageLocale(params)} slug={slug} error={error === "1"} />;
}
