import { pageLocale } from "@/lib/i18n/page-locale";
import { AccountView } from "@/components/account/account-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("common", "account.title");

export default async function AccountPage({ params, searchParams }: PageProps<"/[locale]/account">) {
  const { saved } = await searchParams;
  return <AccountView locale={await pageLocale(params)} saved={typeof saved === "string" ? saved : undefined} />;
}
