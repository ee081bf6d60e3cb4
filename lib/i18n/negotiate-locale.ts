// Which language "/" sends a visitor to: the language they chose before (cookie), then what their browser asks
// for (Accept-Language), else Chinese. Pure, unit-tested.
import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { defaultLocale, isLocale, locales, type Locale } from "./config";

export function negotiateLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  const header = input.acceptLanguage?.trim();
  if (!header) return defaultLocale;
  const asked = new Negotiator({ headers: { "accept-language": header } }).languages();
  try {
    // "lookup" truncates subtags (zh-TW → zh, ug-Arab-CN → ug): any Chinese variant gets the Chinese portal.
    const found = match(
      asked.filter((l) => l !== "*"),
      locales as unknown as string[],
      defaultLocale,
      { algorithm: "lookup" },
    );
    return isLocale(found) ? found : defaultLocale;
  } catch {
    // A malformed language tag must never break the front door.
    return defaultLocale;
  }
}

/** Splits "/ug/services/x" into its locale and the rest; null when the path has no locale prefix. */
export function splitLocalePath(pathname: string): { locale: Locale; rest: string } | null {
  const m = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!m || !isLocale(m[1])) return null;
  return { locale: m[1], rest: m[2] ?? "" };
}
