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

/** The sign-in page of an audience, returning to `back` (a same-site path) afterwards. Residents and staff have
 * separate pages; a window session is staff. */
export function signInUrl(locale: Locale, audience: "resident" | "staff", back?: string, reason?: "idle"): string {
  const page = audience === "staff" ? `/${locale}/staff/sign-in` : `/${locale}/sign-in`;
  const query = new URLSearchParams();
  if (reason) query.set("reason", reason);
  if (back) query.set("callbackUrl", safeReturnPath(back, `/${locale}`));
  const q = query.toString();
  return q ? `${page}?${q}` : page;
}
