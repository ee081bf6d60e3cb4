import { pageLocale } from "@/lib/i18n/page-locale";
import { MyApplicationsView } from "@/components/application/my-applications-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("applications", "list.title");

export default async function MyApplicationsPage({ params, searchParams }: PageProps<"/[locale]/applications">) {
  const { cursor } = await searchParams;
  return (
    <MyApplicationsView locale={await pageLocale(params)} cursor={typeof cursor === "string" ? cursor : undefined} />
  );
}
