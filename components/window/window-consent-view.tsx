import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { maskedPhoneFor } from "@/lib/window/window-sessions";
import { requireOpenWindowSession } from "@/lib/window/require-window-session";
import { confirmCodeAction, confirmSignatureAction, sendCodeAction } from "@/lib/window/actions/window-actions";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-classes";
import { FocusOnLoad } from "@/components/ui/focus-on-load";

const inputClass = "block min-h-11 px-3 text-lg border-2 border-ink rounded-md max-w-full";

// Consent before access: the resident either reads back a code sent to their phone, or (no phone) signs the paper
// consent form whose number the clerk records. Until then the clerk sees only where the code would go.
export async function WindowConsentView({
  locale,
  sessionId,
  sent,
  error,
}: {
  locale: Locale;
  sessionId: string;
  sent: boolean;
  error?: string;
}) {
  const { session } = await requireOpenWindowSession(
    locale,
    sessionId,
    `/${locale}/clerk/sessions/${sessionId}/consent`,
  );
  const t = await getT(locale, "window");
  // The phone the code goes to, masked: the resident can confirm it is theirs without the clerk learning it.
  const phone = await maskedPhoneFor(session.residentId);
  const hidden = (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="session" value={sessionId} />
    </>
  );
  const signatureError = ["notSigned", "signatureRef", "idCard", "scan"].includes(error ?? "");
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("consent.title")}</h1>
      <p className="text-lg mb-4 max-w-3xl">{t("consent.intro")}</p>
      {error && !signatureError && (
        <Alert tone="error" live>
          <p className="text-lg">{t(`consent.error.${error}`)}</p>
        </Alert>
      )}
      <section aria-labelledby="code-h" className="border-2 border-line rounded-lg p-4 mb-6">
        <h2 id="code-h" className="text-2xl font-bold mb-2">
          {t("consent.byCode")}
        </h2>
        {phone ? (
          <>
            <p className="text-lg mb-3">
              {t("consent.codeTo")}{" "}
              <bdi dir="ltr" className="font-bold">
                {phone}
              </bdi>
            </p>
            <form action={sendCodeAction} className="mb-4">
              {hidden}
              <button id="send-code" type="submit" className={sent ? buttonClasses.secondary : buttonClasses.primary}>
                {sent ? t("consent.resend") : t("consent.send")}
              </button>
            </form>
            {sent && (
              <Alert tone="success" live>
                <p className="text-lg">{t("consent.sent")}</p>
              </Alert>
            )}
            {sent && (
              <form action={confirmCodeAction}>
                {hidden}
                <label htmlFor="consent-code" className="block font-semibold text-lg">
                  {t("consent.code")}
                </label>
                <p id="consent-code-hint" className="text-muted mb-1">
                  {t("consent.codeHint")}
                </p>
                <div className="flex flex-wrap gap-3">
                  <input
                    id="consent-code"
                    name="code"
                    dir="ltr"
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={8}
                    aria-describedby="consent-code-hint"
                    className={`${inputClass} w-40`}
                  />
                  <button type="submit" className={buttonClasses.primary}>
                    {t("consent.confirm")}
                  </button>
                </div>
              </form>
            )}
            <FocusOnLoad id={sent ? "consent-code" : "send-code"} />
          </>
        ) : (
          <p className="text-lg">{t("consent.noPhone")}</p>
        )}
      </section>
      <section id="signature" aria-labelledby="signature-h" className="border-2 border-line rounded-lg p-4 mb-6">
        <h2 id="signature-h" className="text-2xl font-bold mb-2">
          {t("consent.bySignature")}
        </h2>
        <p className="text-lg mb-3">{t("consent.signatureIntro")}</p>
        {signatureError && (
          <Alert tone="error" live>
            <p className="text-lg">{t(`consent.error.${error}`)}</p>
          </Alert>
        )}
        <form action={confirmSignatureAction}>
          {hidden}
          <label className="flex items-start gap-3 min-h-11 py-2 text-lg cursor-pointer">
            <input type="checkbox" name="signed" value="yes" className="size-6 mt-1 shrink-0 accent-brand-700" />
            {t("consent.signedConfirm")}
          </label>
          <label htmlFor="signature-ref" className="block font-semibold text-lg mt-2">
            {t("consent.signatureRef")}
          </label>
          <p id="signature-ref-hint" className="text-muted mb-1">
            {t("consent.signatureRefHint")}
          </p>
          <input
            id="signature-ref"
            name="signatureRef"
            dir="ltr"
            autoComplete="off"
            aria-describedby="signature-ref-hint"
            className={`${inputClass} w-64 mb-3`}
          />
          <label htmlFor="id-card-read" className="block font-semibold text-lg mt-2">
            {t("consent.idCardRead")}
          </label>
          <p id="id-card-read-hint" className="text-muted mb-1">
            {t("consent.idCardReadHint")}
          </p>
          {/* The window's ID-card reader types the number here, like a keyboard. */}
          <input
            id="id-card-read"
            name="idCardRead"
            dir="ltr"
            autoComplete="off"
            maxLength={40}
            aria-describedby="id-card-read-hint"
            aria-invalid={error === "idCard" || undefined}
            className={`${inputClass} w-72 mb-3`}
          />
          <label htmlFor="signed-form-scan" className="block font-semibold text-lg mt-2">
            {t("consent.scan")}
          </label>
          <p id="signed-form-scan-hint" className="text-muted mb-1">
            {t("consent.scanHint")}
          </p>
          <input
            id="signed-form-scan"
            name="scan"
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            aria-describedby="signed-form-scan-hint"
            aria-invalid={error === "scan" || undefined}
            className="block min-h-11 text-lg mb-3 max-w-full"
          />
          <button type="submit" className={buttonClasses.secondary}>
            {t("consent.confirmSignature")}
          </button>
        </form>
        {!phone && <FocusOnLoad id="signature-ref" />}
      </section>
      <p>
        <Link href={`/${locale}/clerk`} className="inline-flex min-h-11 items-center text-lg">
          {t("workspace.back")}
        </Link>
      </p>
    </>
  );
}
