import { pageLocale } from "@/lib/i18n/page-locale";
import { startApplicationPage } from "@/components/form-engine/start-application-page";
import { actingAsResident } from "@/lib/applications/acting";

export default async function StartApplicationPage({ params }: PageProps<"/[locale]/services/[slug]/apply">) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  return startApplicationPage(locale, slug, await actingAsResident(locale, `/${locale}/services/${slug}/apply`));
}
