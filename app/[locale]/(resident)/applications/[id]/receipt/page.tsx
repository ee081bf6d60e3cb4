import { pageLocale } from "@/lib/i18n/page-locale";
import { ReceiptView } from "@/components/application/receipt-view";
import { titleFrom } from "@/components/layout/page-title";
import { actingAsResident } from "@/lib/applications/acting";

export const generateMetadata = titleFrom("applications", "receipt.title");

export default async function ReceiptPage({ params, searchParams }: PageProps<"/[locale]/applications/[id]/receipt">) {
  const { id } = await params;
  const { profile } = await searchParams;
  const locale = await pageLocale(params);
  const acting = await actingAsResident(locale, `/${locale}/applications/${id}/receipt`);
  return (
    <ReceiptView
      locale={locale}
      id={id}
      acting={acting}
      updated={profile === "updated"}
      conflict={profile === "conflict"}
    />
  );
}
