// The portal's two languages. Chinese is the source locale; Uyghur is written in Arabic script, right to left.
export const locales = ["zh", "ug"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh";

export const LOCALE_COOKIE = "locale";

/** BCP 47 tag for <html lang>: screen readers and fonts pick the language from it. */
export const htmlLang: Record<Locale, string> = { zh: "zh-CN", ug: "ug" };
export const textDirection: Record<Locale, "ltr" | "rtl"> = { zh: "ltr", ug: "rtl" };
/** Locale for Intl formatters: Node's ICU has Uyghur data under "ug-CN". */
export const intlLocale: Record<Locale, string> = { zh: "zh-CN", ug: "ug-CN" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Each language's own name, written in that language: the language switcher shows the *other* one. */
export const endonym: Record<Locale, string> = { zh: "中文", ug: "ئۇيغۇرچە" };
