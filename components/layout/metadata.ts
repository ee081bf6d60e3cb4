import type { Metadata } from "next";
import { isLocale, defaultLocale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale: raw } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const t = await getT(locale);
  return {
    title: { default: t("site.name"), template: `%s · ${t("site.name")}` },
    description: t("site.tagline"),
    // Static files in public/ (scripts/render-icons.mjs); the manifest is per language (lib/site/web-manifest.ts).
    manifest: `/${locale}/manifest.webmanifest`,
    icons: {
      icon: [
        { url: "/icon.svg", type: "image/svg+xml" },
        { url: "/favicon.ico", sizes: "32x32" },
      ],
      apple: [{ url: "/icons/apple-touch-icon.png", sizes: "180x180" }],
    },
  };
}
