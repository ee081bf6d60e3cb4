import type { Metadata } from "next";
import { pageLocale } from "@/lib/i18n/page-locale";
import { GuideView } from "@/components/catalogue/guide-view";
import { getService } from "@/lib/services";
import { isLocale } from "@/lib/i18n/config";

export async function generateMetadata({ params }: PageProps<"/[locale]/services/[slug]">): Promise<Metadata> {
  const { locale, slug } = await params;
  const service = getService(slug);
  return { title: service && isLocale(locale) ? service.title[locale] : undefined };
}

export default async function GuidePage({ params }: PageProps<"/[locale]/services/[slug]">) {
  const { slug } = await params;
  return <GuideView locale={await pageLocale(params)} slug={slug} />;
}
