import { pageLocale } from "@/lib/i18n/page-locale";
import { AuthenticatorsView } from "@/components/admin/authenticators-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("staff", "authenticators.title");

export default async function AuthenticatorsPage({
  params,
  searchParams,
}: PageProps<"/[locale]/admin/authenticators">) {
  return <AuthenticatorsView locale={await pageLocale(params)} searchParams={await searchParams} />;
}
