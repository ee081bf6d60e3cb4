import { pageLocale } from "@/lib/i18n/page-locale";
import { PhoneCodeView } from "@/components/account/phone-code-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("account", "signInCode.title");

export default async function CodeSignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in/code">) {
  return <PhoneCodeView locale={await pageLocale(params)} flow="sign-in" searchParams={await searchParams} />;
}
