import type { Metadata } from "next";
import { isLocale, defaultLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const t = await getT(locale);
  return { title: { default: t("site.name"), template: `%s · ${t("site.name")}` }, description: t("site.tagline") };
}
