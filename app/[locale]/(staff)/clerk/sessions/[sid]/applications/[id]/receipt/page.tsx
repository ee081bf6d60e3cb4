import { pageLocale } from "@/lib/i18n/page-locale";
import { ReceiptView } from "@/components/application/receipt-view";
import { titleFrom } from "@/components/layout/page-title";
import { actingAtWindow } from "@/lib/applications/acting";

export const generateMetadata = titleFrom("applications", "receipt.title");

export default async function WindowReceiptPage({
  params,
}: PageProps<"/[locale]/clerk/sessions/[sid]/applications/[id]/receipt">) {
  const { sid, id } = await params;
  const locale = await pageLocale(params);
  const acting = await actingAtWindow(locale, sid, `/${locale}/clerk/sessions/${sid}/applications/${id}/receipt`);
  return <ReceiptView locale={locale} id={id} acting={acting} />;
}
