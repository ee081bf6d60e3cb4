import { pageLocale } from "@/lib/i18n/page-locale";
import { MyDataView } from "@/components/profile/my-data-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("profile", "data.title");

export default async function MyDataPage({ params, searchParams }: PageProps<"/[locale]/account/data">) {
  const { correction, cursor } = await searchParams;
  return (
    <MyDataView
      locale={await pageLocale(params)}
      correction={typeof correction === "string" ? correction : undefined}
      cursor={typeof cursor === "string" ? cursor : undefined}
    />
  );
}
