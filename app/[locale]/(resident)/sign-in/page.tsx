import { pageLocale } from "@/lib/i18n/page-locale";
import { SignInView } from "@/components/auth/sign-in-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("auth", "resident.title");

export default async function ResidentSignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  return <SignInView locale={await pageLocale(params)} audience="resident" searchParams={await searchParams} />;
}
