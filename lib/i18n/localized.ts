import type { LocalizedText } from "@/lib/form-engine/types";
import type { Locale } from "./config";

/** The text of a service definition in the page's language. */
export function L(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
