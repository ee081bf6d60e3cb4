import { pageLocale } from "@/lib/i18n/page-locale";
import { startApplicationPage } from "@/components/form-engine/start-application-page";

export default async function StartApplicationPage({ params }: PageProps<"/[locale]/services/[slug]/apply">) {
  const { slug } = await params;
  return startApplicationPage(await pageLocale(params), slug);
}
