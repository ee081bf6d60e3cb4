import { pageLocale } from "@/lib/i18n/page-locale";
import { InboxView } from "@/components/application/inbox-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("tracking", "inbox.title");

export default async function InboxPage({ params, searchParams }: PageProps<"/[locale]/account/inbox">) {
  const { cursor } = await searchParams;
  return <InboxView locale={await pageLocale(params)} cursor={typeof cursor === "string" ? cursor : undefined} />;
}
