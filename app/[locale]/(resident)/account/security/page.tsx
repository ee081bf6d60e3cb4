import { pageLocale } from "@/lib/i18n/page-locale";
import { SecurityView } from "@/components/account/security-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("account", "security.title");

export default async function SecurityPage({ params, searchParams }: PageProps<"/[locale]/account/security">) {
  const { saved } = await searchParams;
  return <SecurityView locale={await pageLocale(params)} saved={typeof saved === "string" ? saved : undefined} />;
}
