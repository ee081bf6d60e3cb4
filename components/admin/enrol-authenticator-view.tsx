import Link from "next/link";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { readPendingEnrolment } from "@/lib/auth/second-factor/enrol-staff-authenticator";
import { confirmEnrolmentAction } from "@/lib/auth/second-factor/actions/enrolment-actions";
import { Alert } from "@/components/ui/alert";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";

type Props = { locale: Locale; staffUserId: string; error: boolean };

// One enrolment, on the administrator's screen: the QR code for the staff member's authenticator app, the same secret
// as text for apps that cannot scan, and the field for the first code the app shows.
export async function EnrolAuthenticatorView({ locale, staffUserId, error }: Props) {
  const admin = await requireRole(locale, ["admin"], `/${locale}/admin/authenticators`);
  const [t, pending] = await Promise.all([getT(locale, "staff"), readPendingEnrolment(admin, staffUserId)]);
  if (!pending) notFound();
  const qr = await QRCode.toString(pending.uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  // The secret in groups of four, as authenticator apps show it.
  const grouped = pending.secret.match(/.{1,4}/g)!.join(" ");
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold mb-3">{t("authenticators.enrolTitle", { staffId: pending.staffId })}</h1>
      <p className="text-lg mb-4">{t("authenticators.enrolIntro")}</p>
      <div
        role="img"
        aria-label={t("authenticators.qr")}
        className="w-56 h-56 bg-white p-2 border-2 border-line mb-4"
        dangerouslySetInnerHTML={{ __html: qr }}
      />
      <p className="text-lg mb-6">
        {t("authenticators.secretLabel")}{" "}
        <bdi dir="ltr" className="font-mono break-all">
          {grouped}
        </bdi>
      </p>
      {error && (
        <Alert tone="error">
          <p className="text-lg">{t("authenticators.wrongCode")}</p>
        </Alert>
      )}
      <form action={confirmEnrolmentAction}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="staff" value={staffUserId} />
        <TextField
          id="enrol-code"
          name="code"
          label={t("authenticators.code")}
          hint={t("authenticators.codeHint")}
          inputMode="numeric"
          autoComplete="off"
          maxLength={7}
          dir="ltr"
        />
        <button type="submit" className={buttonClasses.primary}>
          {t("authenticators.confirm")}
        </button>
      </form>
      <p className="mt-8 text-lg">
        <Link href={`/${locale}/admin/authenticators`} className="inline-flex min-h-11 items-center">
          {t("authenticators.back")}
        </Link>
      </p>
    </div>
  );
}
