import "server-only";
import { cache } from "react";
import type { Locale } from "./config";
import { createI18n } from "./create-i18n";

/** The request's i18next instance for a locale (React cache: one per request and locale). */
export const getI18n = cache((locale: Locale) => createI18n(locale));

export async function getT(locale: Locale, ns?: string) {
  return getI18n(locale).getFixedT(locale, ns ?? "common");
}
