import { pageLocale } from "@/lib/i18n/page-locale";
import { titleFrom } from "@/components/layout/page-title";
import { NeedsActionView, type NeedsActionQuery } from "@/components/admin/needs-action-view";

export const generateMetadata = titleFrom("staff", "needsAction.title");

export default async function NeedsActionPage({ params, searchParams }: PageProps<"/[locale]/admin/needs-action">) {
  const sp = await searchParams;
  const query: NeedsActionQuery = {};
  for (const key of ["done", "item"] as const) {
    const v = sp[key];
    if (typeof v === "string") query[key] = v.slice(0, 60);
  }
  return <NeedsActionView locale={await pageLocale(params)} query={query} />;
}
