import type { Locale } from "@/lib/i18n/config";

/** Same page in another language: /zh/a?b → /ug/a?b. */
export function pathInLocale(pathname: string, search: string, target: Locale): string {
  const rest = pathname.replace(/^\/[^/]+/, "");
  return `/${target}${rest}${search}`;
}

/** Only same-site paths are allowed as a "return to" target (no open redirects). */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\"))
    return fallback;
  return value;
}
