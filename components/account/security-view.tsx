import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { hasPassword } from "@/lib/accounts/has-password";
import { listMySessions } from "@/lib/accounts/account-sessions";
import { endOtherSessionsAction } from "@/lib/accounts/actions/account-actions";
import { maskMobile } from "@/lib/format/mask";
import { formatDateTime } from "@/lib/format/dates";
import { meetsAssurance } from "@/lib/accounts/assurance";
import { buttonClasses } from "@/components/ui/button-classes";
import { PasswordForm } from "./password-form";
import { MobileForm } from "./mobile-form";
import { ClientStrings } from "@/components/i18n/client-strings";

const saves = { password: "password.saved", mobile: "mobile.saved", sessions: "sessions.ended" } as const;

// Account and security (账号与安全): identity level, password, mobile number, signed-in devices.
export async function SecurityView({ locale, saved }: { locale: Locale; saved?: string }) {
  const user = await requireRole(locale, ["resident"], `/${locale}/account/security`);
  const acting = { userId: user.id, sid: user.sid };
  const [t, withPassword, sessions] = await Promise.all([
    getT(locale, "account"),
    hasPassword(user.id),
    listMySessions(acting),
  ]);
  const savedKey = saved && saved in saves ? saves[saved as keyof typeof saves] : null;
  const section = "mb-10";
  const h2 = "text-2xl font-bold mb-2";
  return (
    <>
      <h1 className="text-3xl font-bold mb-4">{t("security.title")}</h1>
      {savedKey && (
        <div role="status" className="border-s-4 border-ok bg-ok-bg p-4 mb-6 rounded-e-md text-lg">
          {t(savedKey)}
        </div>
      )}
      <section aria-labelledby="level-h" className={section}>
        <h2 id="level-h" className={h2}>
          {t("assurance.label")}
        </h2>
        <p className="text-lg mb-2">{t(`assurance.${user.assurance}`)}</p>
        {!meetsAssurance(user.assurance, "registry") && (
          <Link href={`/${locale}/account/verify`} className={buttonClasses.secondary}>
            {t("security.verifyNow")}
          </Link>
        )}
        {!meetsAssurance(user.assurance, "in_person") && (
          <p className="text-lg text-muted">{t("security.inPersonHint")}</p>
        )}
      </section>
      <section aria-labelledby="password-h" className={section}>
        <h2 id="password-h" className={h2}>
          {t("password.title")}
        </h2>
        <p className="text-lg mb-4">{withPassword ? t("password.has") : t("password.none")}</p>
        <ClientStrings locale={locale} pick={["account", "validation", "auth", "errors"]}>
          <PasswordForm locale={locale} hasPassword={withPassword} />
        </ClientStrings>
      </section>
      <section aria-labelledby="mobile-h" className={section}>
        <h2 id="mobile-h" className={h2}>
          {t("mobile.title")}
        </h2>
        <p className="text-lg mb-2">
          {t("mobile.current", { mobile: "" })}
          <bdi dir="ltr">{user.mobile ? maskMobile(user.mobile) : ""}</bdi>
        </p>
        <p className="text-lg mb-4">{t("mobile.intro")}</p>
        <ClientStrings locale={locale} pick={["account", "validation", "auth", "errors"]}>
          <MobileForm locale={locale} />
        </ClientStrings>
      </section>
      <section aria-labelledby="sessions-h" className={section}>
        <h2 id="sessions-h" className={h2}>
          {t("sessions.title")}
        </h2>
        <p className="text-lg mb-4">{t("sessions.intro")}</p>
        <ul className="space-y-2 text-lg mb-4">
          {sessions.map((s) => (
            <li key={s.id} className="border-s-4 border-brand-700 ps-4">
              <span className="font-semibold">
                <bdi dir="ltr">{s.device ?? t("sessions.unknownDevice")}</bdi>
              </span>
              {" · "}
              {t(`sessions.channels.${s.channel}`, { defaultValue: s.channel })}
              {" · "}
              {t("sessions.lastSeen")} <bdi>{formatDateTime(s.lastSeenAt, locale)}</bdi>
              {s.current && <strong className="ms-2">({t("sessions.current")})</strong>}
            </li>
          ))}
        </ul>
        {sessions.some((s) => !s.current) ? (
          <form action={endOtherSessionsAction}>
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className={buttonClasses.secondary}>
              {t("sessions.endOthers")}
            </button>
          </form>
        ) : (
          <p className="text-lg text-muted">{t("sessions.none")}</p>
        )}
      </section>
    </>
  );
}
