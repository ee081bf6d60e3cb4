import { pageLocale } from "@/lib/i18n/page-locale";
import { RealNameView } from "@/components/account/real-name-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("account", "verify.title");

export default async function VerifyPage({ params, searchParams }: PageProps<"/[locale]/account/verify">) {
  return <RealNameView locale={await pageLocale(params)} searchParams={await searchParams} />;
}
