import { pageLocale } from "@/lib/i18n/page-locale";
import { SignOutView } from "@/components/auth/sign-out-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("auth", "signOut.title");

export default async function SignOutPage({ params }: PageProps<"/[locale]/sign-out">) {
  return <SignOutView locale={await pageLocale(params)} />;
}
