import { pageLocale } from "@/lib/i18n/page-locale";
import { ConsentView } from "@/components/profile/consent-view";
import { titleFrom } from "@/components/layout/page-title";
import { actingAtWindow } from "@/lib/applications/acting";

export const generateMetadata = titleFrom("profile", "consent.title");

export default async function WindowSensitiveConsentPage({
  params,
  searchParams,
}: PageProps<"/[locale]/clerk/sessions/[sid]/services/[slug]/consent">) {
  const { sid, slug } = await params;
  const { error } = await searchParams;
  const locale = await pageLocale(params);
  const acting = await actingAtWindow(locale, sid, `/${locale}/clerk/sessions/${sid}/services/${slug}/consent`);
  return <ConsentView locale={locale} slug={slug} acting={acting} error={error === "1"} />;
}
