import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./config";

/** The locale of a page from its route params; anything else is a 404. */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
