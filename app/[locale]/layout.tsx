import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/config";
import { RootDocument } from "@/components/layout/root-document";
export { generateMetadata } from "@/components/layout/metadata";

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <RootDocument locale={locale}>{children}</RootDocument>;
}
