import { pageLocale } from "@/lib/i18n/page-locale";
import { ReceiptView } from "@/components/application/receipt-view";
import { titleFrom } from "@/components/layout/page-title";

export const generateMetadata = titleFrom("applications", "receipt.title");

export default async function ReceiptPage({ params, searchParams }: PageProps<"/[locale]/applications/[id]/receipt">) {
  const { id } = await params;
  const { profile } = await searchParams;
  return <ReceiptView locale={await pageLocale(params)} id={id} updated={profile === "updated"} conflict={profile === "conflict"} />;
}
