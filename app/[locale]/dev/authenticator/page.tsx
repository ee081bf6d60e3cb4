import { pageLocale } from "@/lib/i18n/page-locale";
import { DevAuthenticatorView } from "@/components/dev/dev-authenticator-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("auth", "devAuthenticator.title");

export default async function DevAuthenticatorPage({ params }: PageProps<"/[locale]/dev/authenticator">) {
  return <DevAuthenticatorView locale={await pageLocale(params)} />;
}
