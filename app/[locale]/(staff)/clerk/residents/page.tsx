import { pageLocale } from "@/lib/i18n/page-locale";
import { LookupResultView } from "@/components/window/lookup-result-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("window", "lookup.resultTitle");

export default async function ResidentLookupPage({ params, searchParams }: PageProps<"/[locale]/clerk/residents">) {
  const { q } = await searchParams;
  return (
    <LookupResultView locale={await pageLocale(params)} query={typeof q === "string" ? q.trim().slice(0, 30) : ""} />
  );
}
