import { pageLocale } from "@/lib/i18n/page-locale";
import { ResetPasswordView } from "@/components/account/reset-password-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("account", "reset.title");

export default async function ResetPasswordPage({ params }: PageProps<"/[locale]/reset-password">) {
  return <ResetPasswordView locale={await pageLocale(params)} />;
}
