import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { listStaffAuthenticators } from "@/lib/auth/second-factor/enrol-staff-authenticator";
import { beginEnrolmentAction } from "@/lib/auth/second-factor/actions/enrolment-actions";
import { formatDateTime } from "@/lib/format/dates";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-classes";

type Props = { locale: Locale; searchParams: Record<string, string | string[] | undefined> };

// Staff accounts and their authenticator apps. Enrolment happens here, in person: the administrator starts it and
// the staff member scans the code on this screen.
export async function AuthenticatorsView({ locale, searchParams }: Props) {
  const admin = await requireRole(locale, ["admin"], `/${locale}/admin/authenticators`);
  const [t, staff] = await Promise.all([getT(locale, "staff"), listStaffAuthenticators(admin)]);
  const enrolled = typeof searchParams.enrolled === "string" ? staff.find((s) => s.id === searchParams.enrolled) : null;
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold mb-3">{t("authenticators.title")}</h1>
      <p className="text-lg mb-6">{t("authenticators.intro")}</p>
      {enrolled && (
        <Alert tone="success">
          <p className="text-lg">{t("authenticators.enrolled", { staffId: enrolled.staffId })}</p>
        </Alert>
      )}
      <ul className="space-y-4">
        {staff.map((s) => (
          <li key={s.id} className="border-2 border-line rounded-lg p-4">
            <p className="text-xl font-semibold">
              {locale === "ug" && s.nameUg ? s.nameUg : <span lang="zh-CN">{s.nameZh}</span>}{" "}
              <bdi dir="ltr" className="font-mono">
                {s.staffId}
              </bdi>
            </p>
            <p className="text-lg">
              {t(`roles.${s.role}`)} ·{" "}
              {s.enrolledAt
                ? t("authenticators.since", { date: formatDateTime(s.enrolledAt, locale) })
                : t("authenticators.none")}
            </p>
            <form action={beginEnrolmentAction} className="mt-2">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="staff" value={s.id} />
              <button type="submit" className={buttonClasses.secondary}>
                {s.enrolledAt
                  ? t("authenticators.reenrol", { staffId: s.staffId })
                  : t("authenticators.enrol", { staffId: s.staffId })}
              </button>
            </form>
          </li>
        ))}
      </ul>
    </div>
  );
}
