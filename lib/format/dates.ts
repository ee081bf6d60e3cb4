// Dates and times as people here read them: always Asia/Shanghai, in the page's language (Node's ICU has Uyghur).
// The formatters are built once per locale: an Intl.DateTimeFormat costs about a millisecond to build (time-zone and
// locale data), and a queue or timeline page formats dozens of dates.
import { intlLocale, type Locale } from "@/lib/i18n/config";

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDateTime(date: Date, locale: Locale): string {
  let f = dateTimeFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale[locale], {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: "Asia/Shanghai",
      hourCycle: "h23",
    });
    dateTimeFormats.set(locale, f);
  }
  return f.format(date);
}

/** A calendar date stored as YYYY-MM-DD. */
export function formatDate(ymd: string, locale: Locale): string {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: "long", timeZone: "UTC" });
    dateFormats.set(locale, f);
  }
  return f.format(new Date(`${ymd}T00:00:00Z`));
}
