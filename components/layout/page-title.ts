import type { Metadata } from "next";
import { defaultLocale, isLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

/** generateMetadata for a page whose title is one translation key (WCAG 2.4.2: every page has its own title). */
export function titleFrom(ns: string, key: string) {
  return async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
    const { locale: raw } = await params;
    const t = await getT(isLocale(raw) ? raw : defaultLocale, ns);
    return { title: t(key) };
  };
}
