import type { Locale } from "@/lib/i18n/config";
import { UYGHUR_FONT_FILES } from "./uyghur-font-files";

/** On a Uyghur page, asks for the Uyghur font with the document (React hoists these links into <head>), not after
 *  the stylesheet and layout have found text that needs it: both weights are ~9 kB, and headings are bold. A
 *  Chinese page needs no font (the device's own). */
export function UyghurFontPreload({ locale }: { locale: Locale }) {
  if (locale !== "ug") return null;
  return Object.values(UYGHUR_FONT_FILES).map((href) => (
    <link key={href} rel="preload" href={href} as="font" type="font/woff2" crossOrigin="anonymous" />
  ));
}
