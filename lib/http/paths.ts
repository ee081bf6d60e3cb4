import type { Locale } from "@/lib/i18n/config";

/** Same page in another language: /zh/a?b → /ug/a?b. */
export function pathInLocale(pathname: string, search: string, target: Locale): string {
  const rest = pathname.replace(/^\/[^/]+/, "");
  return `/${target}${rest}${search}`;
}

// Any origin will do as the base: only whether the value keeps it matters.
const HERE = "http://portal.invalid";

/** Whether a path stays on this site once a browser has parsed it (URL parsers drop tabs and newlines, turn "\\"
 * into "/", so "/\t/evil.example" becomes "//evil.example"). Checked raw and once percent-decoded, because a value
 * may be decoded once more on its way (a query string read into a form field). */
function staysHere(value: string): boolean {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    return false;
  }
  return [value, decoded].every((v) => {
    // Whitespace and control characters have no place in a path of ours; URL parsers would silently drop some.
    if (/[\s\u0000-\u001f\u007f\\]/.test(v) || !v.startsWith("/") || v.startsWith("//")) return false;
    try {
      return new URL(v, HERE).origin === HERE;
    } catch {
      return false;
    }
  });
}

/** Only same-site paths are allowed as a "return to" target (no open redirects): parsed with URL, the origin compared,
 * and the parsed path returned (never the raw text). */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !staysHere(value)) return fallback;
  const url = new URL(value, HERE);
  return url.pathname + url.search + url.hash;
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
