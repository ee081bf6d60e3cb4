// The text of a status SMS, in the resident's language. Pure (given a translator), so its bidi handling is tested:
// a Latin reference inside right-to-left Uyghur text is isolated (FSI … PDI) so that phones never reorder it.
// The SMS telling a decision also invites a reply with a digit to rate the service (lib/evaluation/
// receive-sms-reply.ts), in one short line so the message stays within a few SMS segments.
import type { Locale } from "@/lib/i18n/config";
import { isolate } from "@/lib/i18n/bidi";

type T = (key: string, vars?: Record<string, string>) => string;

export function smsBody(
  t: T,
  locale: Locale,
  n: { service: string; reference: string | null; type: string; inviteRating?: boolean },
): string {
  const iso = (x: string) => (locale === "ug" ? isolate(x) : x);
  const body = t("sms.body", {
    service: n.service,
    reference: iso(n.reference ?? ""),
    status: t(`sms.event.${n.type}`),
  });
  if (!n.inviteRating) return body;
  return `${body}${t("sms.rateInvite", { range: iso("1-5"), best: iso("5"), worst: iso("1") })}`;
}
