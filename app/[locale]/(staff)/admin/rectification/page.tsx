import { pageLocale } from "@/lib/i18n/page-locale";
import { titleFrom } from "@/components/layout/page-title";
import { CaseListView } from "@/components/evaluation/case-list-view";

export const generateMetadata = titleFrom("evaluation", "admin.title");

export default async function AdminRectificationPage({
  params,
  searchParams,
}: PageProps<"/[locale]/admin/rectification">) {
  const { escalated } = await searchParams;
  return <CaseListView locale={await pageLocale(params)} scope="admin" escalatedOnly={escalated === "1"} />;
}
