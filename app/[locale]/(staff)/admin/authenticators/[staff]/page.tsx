import { pageLocale } from "@/lib/i18n/page-locale";
import { EnrolAuthenticatorView } from "@/components/admin/enrol-authenticator-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("staff", "authenticators.title");

export default async function EnrolAuthenticatorPage({
  params,
  searchParams,
}: PageProps<"/[locale]/admin/authenticators/[staff]">) {
  const [{ staff }, query] = await Promise.all([params, searchParams]);
  return (
    <EnrolAuthenticatorView locale={await pageLocale(params)} staffUserId={staff} error={query.error === "code"} />
  );
}
