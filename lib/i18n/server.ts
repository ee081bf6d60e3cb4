import "server-only";
import type { TFunction } from "i18next";
import type { Locale } from "./config";
import { i18nFor } from "./create-i18n";

/** The locale's i18next instance: one per process and locale, shared by every request (see create-i18n.ts). */
export const getI18n = (locale: Locale) => i18nFor(locale);

const fixedTs = new Map<string, TFunction>();

/** A t() fixed to a locale and namespace; made once per process and pair (a fixed t holds no request state). */
export async function getT(locale: Locale, ns?: string) {
  const key = `${locale}:${ns ?? "common"}`;
  let t = fixedTs.get(key);
  if (!t) {
    t = i18nFor(locale).getFixedT(locale, ns ?? "common");
    fixedTs.set(key, t);
  }
  return t;
}
