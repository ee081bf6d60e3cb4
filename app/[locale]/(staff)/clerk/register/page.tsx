import { pageLocale } from "@/lib/i18n/page-locale";
import { RegisterView } from "@/components/window/register-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("window", "register.title");

export default async function RegisterResidentPage({ params }: PageProps<"/[locale]/clerk/register">) {
  return <RegisterView locale={await pageLocale(params)} />;
}
