import { pageLocale } from "@/lib/i18n/page-locale";
import { startApplicationPage } from "@/components/form-engine/start-application-page";
import { actingAtWindow } from "@/lib/applications/acting";

// The window channel of the same form engine: the clerk enters the application for the resident in the session.
export default async function WindowStartApplicationPage({
  params,
}: PageProps<"/[locale]/clerk/sessions/[sid]/services/[slug]/apply">) {
  const { sid, slug } = await params;
  const locale = await pageLocale(params);
  return startApplicationPage(
    locale,
    slug,
    await actingAtWindow(locale, sid, `/${locale}/clerk/sessions/${sid}/services/${slug}/apply`),
  );
}
