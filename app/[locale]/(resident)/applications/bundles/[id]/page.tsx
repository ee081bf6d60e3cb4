import { pageLocale } from "@/lib/i18n/page-locale";
import { BundleProgressView } from "@/components/bundles/bundle-progress-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("bundles", "view.title");

export default async function BundleProgressPage({ params }: PageProps<"/[locale]/applications/bundles/[id]">) {
  const { id } = await params;
  return <BundleProgressView locale={await pageLocale(params)} id={id} />;
}
