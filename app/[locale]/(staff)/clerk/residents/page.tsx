import { pageLocale } from "@/lib/i18n/page-locale";
import { ResidentLookupView } from "@/components/staff/resident-lookup-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("staff", "lookup.title");

export default async function ResidentLookupPage({ params, searchParams }: PageProps<"/[locale]/clerk/residents">) {
  const { q } = await searchParams;
  return <ResidentLookupView locale={await pageLocale(params)} query={typeof q === "string" ? q.slice(0, 30) : ""} />;
}
