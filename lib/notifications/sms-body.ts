// The text of a status SMS, in the resident's language. Pure (given a translator), so its bidi handling is tested:
// a Latin reference inside right-to-left Uyghur text is isolated (FSI … PDI) so that phones never reorder it.
import type { Locale } from "@/lib/i18n/config";
import { isolate } from "@/lib/i18n/bidi";

type T = (key: string, vars?: Record<string, string>) => string;

export function smsBody(t: T, locale: Locale, n: { service: string; reference: string | null; type: string }): string {
  const reference = n.reference ?? "";
  return t("sms.body", {
    service: n.service,
    reference: locale === "ug" ? isolate(reference) : reference,
    status: t(`sms.event.${n.type}`),
  });
}
