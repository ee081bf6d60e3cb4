import { pageLocale } from "@/lib/i18n/page-locale";
import { titleFrom } from "@/components/layout/page-title";
import { FieldKindsView } from "@/components/staff/field-kinds-view";

export const generateMetadata = titleFrom("staff", "fieldKinds.title");

export default async function FieldKindsPage({ params }: PageProps<"/[locale]/staff/field-kinds">) {
  return <FieldKindsView locale={await pageLocale(params)} />;
}
