// Dates and times as people here read them: always Asia/Shanghai, in the page's language (Node's ICU has Uyghur).
import { intlLocale, type Locale } from "@/lib/i18n/config";

export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Shanghai",
    hourCycle: "h23",
  }).format(date);
}

/** A calendar date stored as YYYY-MM-DD. */
export function formatDate(ymd: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(`${ymd}T00:00:00Z`),
  );
}
