import { pageLocale } from "@/lib/i18n/page-locale";
import { CatalogueView } from "@/components/catalogue/catalogue-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("services", "catalogue.title");

export default async function ServicesPage({ params, searchParams }: PageProps<"/[locale]/services">) {
  return <CatalogueView locale={await pageLocale(params)} searchParams={await searchParams} />;
}
