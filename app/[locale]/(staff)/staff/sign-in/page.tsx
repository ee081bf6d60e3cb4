import { pageLocale } from "@/lib/i18n/page-locale";
import { SignInView } from "@/components/auth/sign-in-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("auth", "staff.title");

export default async function StaffSignInPage({ params, searchParams }: PageProps<"/[locale]/staff/sign-in">) {
  return <SignInView locale={await pageLocale(params)} audience="staff" searchParams={await searchParams} />;
}
