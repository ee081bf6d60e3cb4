// The web manifest of one language: a resident who adds the portal to a phone's home screen gets its name in the
// language they use it in, right-to-left for Uyghur, opening at that language's home page. The icons are the static
// files in public/ (scripts/render-icons.mjs).
import type { MetadataRoute } from "next";
import { i18nFor } from "@/lib/i18n/create-i18n";
import { htmlLang, textDirection, type Locale } from "@/lib/i18n/config";

export const THEME_COLOR = "#0b4f9c";

export function webManifest(locale: Locale): MetadataRoute.Manifest & { dir: "ltr" | "rtl"; lang: string } {
  const t = i18nFor(locale).getFixedT(locale, "common");
  return {
    name: t("site.name"),
    short_name: t("site.shortName"),
    description: t("site.tagline"),
    lang: htmlLang[locale],
    dir: textDirection[locale],
    start_url: `/${locale}`,
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: THEME_COLOR,
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}
