import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { listDevOutbox } from "@/lib/notifications/list-dev-outbox";
import { formatDateTime } from "@/lib/format/dates";
import { buttonClasses } from "@/components/ui/button-classes";
import { Alert } from "@/components/ui/alert";
import { devPhoneReplyAction } from "@/lib/notifications/actions/dev-phone-reply-action";

// Development's stand-in for the phone: the SMS the portal would have sent, per number, newest first, each with a
// reply form that answers as that phone would (the inbound side, e.g. a digit rating the service).
export async function DevSmsView({
  locale,
  to,
  replied,
}: {
  locale: Locale;
  to?: string;
  replied?: "rated" | "ignored";
}) {
  const number = to && /^1\d{10}$/.test(to) ? to : undefined;
  const messages = await listDevOutbox(number);
  if (!messages) notFound();
  const t = await getT(locale, "account");
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("devSms.title")}</h1>
      <p className="text-lg mb-6">{t("devSms.intro")}</p>
      {replied && (
        <Alert tone={replied === "rated" ? "success" : "info"} live>
          <p className="text-lg">{t(`devSms.replied.${replied}`)}</p>
        </Alert>
      )}
      <form method="get" className="flex flex-wrap items-end gap-3 mb-6">
        <div>
          <label htmlFor="sms-to" className="block font-semibold text-lg mb-1">
            {t("devSms.filter")}
          </label>
          <input
            id="sms-to"
            name="to"
            type="tel"
            dir="ltr"
            defaultValue={number ?? ""}
            className="block min-h-11 px-3 py-2 text-lg border-2 border-ink rounded-md bg-white"
          />
        </div>
        <button type="submit" className={buttonClasses.secondary}>
          {t("devSms.show")}
        </button>
      </form>
      {messages.length === 0 ? (
        <p className="text-lg">{t("devSms.empty")}</p>
      ) : (
        <>
          <p id="reply-hint" className="text-muted mb-3">
            {t("devSms.replyHint")}
          </p>
          <ol className="space-y-3">
            {messages.map((m) => (
              <li key={String(m.id)} className="border-s-4 border-brand-700 ps-4">
                <p className="text-muted">
                  {t("devSms.to")} <bdi dir="ltr">{m.to}</bdi> · <bdi>{formatDateTime(m.createdAt, locale)}</bdi>
                </p>
                <p className="text-lg" lang={m.locale} dir={m.locale === "ug" ? "rtl" : "ltr"}>
                  {m.body}
                </p>
                <form action={devPhoneReplyAction} className="flex flex-wrap items-end gap-3 mt-2">
                  <input type="hidden" name="locale" value={locale} />
                  <input type="hidden" name="from" value={m.to} />
                  <div>
                    <label htmlFor={`reply-${m.id}`} className="block font-semibold">
                      {t("devSms.reply")} <bdi dir="ltr">{m.to}</bdi>
                    </label>
                    <input
                      id={`reply-${m.id}`}
                      name="text"
                      maxLength={200}
                      aria-describedby="reply-hint"
                      className="block min-h-11 px-3 py-2 text-lg border-2 border-ink rounded-md bg-white"
                    />
                  </div>
                  <button type="submit" className={buttonClasses.secondary}>
                    {t("devSms.replySend")}
                  </button>
                </form>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
