import { pageLocale } from "@/lib/i18n/page-locale";
import { PhoneCodeView } from "@/components/account/phone-code-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("account", "register.title");

export default async function RegisterPage({ params, searchParams }: PageProps<"/[locale]/register">) {
  return <PhoneCodeView locale={await pageLocale(params)} flow="register" searchParams={await searchParams} />;
}
