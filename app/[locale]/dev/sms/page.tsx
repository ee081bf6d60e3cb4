import { pageLocale } from "@/lib/i18n/page-locale";
import { DevSmsView } from "@/components/dev/dev-sms-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("account", "devSms.title");

export default async function DevSmsPage({ params, searchParams }: PageProps<"/[locale]/dev/sms">) {
  const { to, reply } = await searchParams;
  return (
    <DevSmsView
      locale={await pageLocale(params)}
      to={typeof to === "string" ? to : undefined}
      replied={reply === "rated" || reply === "ignored" ? reply : undefined}
    />
  );
}
