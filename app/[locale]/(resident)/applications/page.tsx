import { pageLocale } from "@/lib/i18n/page-locale";
import { MyApplicationsView } from "@/components/application/my-applications-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("applications", "list.title");

export default async function MyApplicationsPage({ params }: PageProps<"/[locale]/applications">) {
  return <MyApplicationsView locale={await pageLocale(params)} />;
}
