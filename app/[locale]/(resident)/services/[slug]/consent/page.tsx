import { pageLocale } from "@/lib/i18n/page-locale";
import { ConsentView } from "@/components/profile/consent-view";
import { titleFrom } from "@/components/layout/page-title";
import { actingAsResident } from "@/lib/applications/acting";

export const generateMetadata = titleFrom("profile", "consent.title");

export default async function ConsentPage({ params, searchParams }: PageProps<"/[locale]/services/[slug]/consent">) {
  const { slug } = await params;
  const { error } = await searchParams;
  const locale = await pageLocale(params);
  const acting = await actingAsResident(locale, `/${locale}/services/${slug}/consent`);
  return <ConsentView locale={locale} slug={slug} acting={acting} error={error === "1"} />;
}
