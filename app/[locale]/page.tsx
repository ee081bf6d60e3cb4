import { pageLocale } from "@/lib/i18n/page-locale";
import { HomeView } from "@/components/home/home-view";

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  return <HomeView locale={await pageLocale(params)} />;
}
