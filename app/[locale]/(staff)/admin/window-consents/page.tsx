import { pageLocale } from "@/lib/i18n/page-locale";
import { SignedFormSampleView } from "@/components/window/signed-form-sample-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("window", "supervision.title");

export default async function WindowConsentSamplePage({ params }: PageProps<"/[locale]/admin/window-consents">) {
  return <SignedFormSampleView locale={await pageLocale(params)} />;
}
