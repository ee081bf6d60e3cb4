import { pageLocale } from "@/lib/i18n/page-locale";
import { SecondFactorView } from "@/components/auth/second-factor-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("auth", "secondFactor.title");

export default async function StaffSecondFactorPage({ params }: PageProps<"/[locale]/staff/second-factor">) {
  return <SecondFactorView locale={await pageLocale(params)} />;
}
