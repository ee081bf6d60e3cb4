// What proxy.ts learned about the request, for server components that need the current URL (the language
// switcher keeps the user on the same page; the text-size form returns to it).
import "server-only";
import { headers } from "next/headers";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";

export async function getRequestContext(): Promise<{
  locale: Locale;
  pathname: string;
  search: string;
  nonce: string | null;
}> {
  const h = await headers();
  const locale = h.get("x-locale");
  return {
    locale: isLocale(locale) ? locale : defaultLocale,
    pathname: h.get("x-pathname") ?? `/${defaultLocale}`,
    search: h.get("x-search") ?? "",
    nonce: h.get("x-nonce"),
  };
}

export { pathInLocale, safeReturnPath } from "./paths";
