"use client";
import { useActionState, useEffect, useRef } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { registerAction, type RegisterState } from "@/lib/window/actions/register-action";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";

// Registering a resident not yet known, from their original ID card. Errors are listed at the top (focused, with
// links to the fields) and next to each field; what was typed stays.
export function RegisterForm({ locale }: { locale: string }) {
  const { t } = useTranslation(["window", "validation", "profile"]);
  const [state, action, pending] = useActionState<RegisterState, FormData>(registerAction, {});
  const errors = state.errors ?? {};
  const v = state.values ?? {};
  const summary = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (Object.keys(state.errors ?? {}).length) summary.current?.focus();
    else first.current?.focus();
  }, [state]);
  const e = (name: string) => (errors[name] ? t(errors[name]!) : undefined);
  return (
    <form action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {Object.keys(errors).length > 0 && (
        <div
          ref={summary}
          tabIndex={-1}
          role="alert"
          className="border-s-4 border-danger bg-danger-bg p-4 my-4 rounded-e-md"
        >
          <h2 className="font-bold text-xl mb-2">{t("form:errorSummary")}</h2>
          <ul className="list-disc ps-6 text-lg">
            {Object.entries(errors).map(([name, key]) => (
              <li key={name}>
                <a href={`#reg-${name}`}>{t(key)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <TextField
        ref={first}
        id="reg-fullName"
        name="fullName"
        label={t("register.fullName")}
        defaultValue={v.fullName}
        error={e("fullName")}
        autoComplete="off"
      />
      <TextField
        id="reg-idNumber"
        name="idNumber"
        label={t("register.idNumber")}
        hint={t("register.idNumberHint")}
        defaultValue={v.idNumber}
        error={e("idNumber")}
        dir="ltr"
        autoComplete="off"
      />
      <TextField
        id="reg-mobile"
        name="mobile"
        label={t("register.mobile")}
        hint={t("register.mobileHint")}
        defaultValue={v.mobile}
        error={e("mobile")}
        dir="ltr"
        inputMode="numeric"
        autoComplete="off"
      />
      <div className="mb-5">
        {errors.originalsSeen && (
          <p id="reg-originalsSeen-error" className="text-danger font-semibold mb-1">
            {e("originalsSeen")}
          </p>
        )}
        <label className="flex items-start gap-3 min-h-11 py-2 text-lg cursor-pointer">
          <input
            id="reg-originalsSeen"
            type="checkbox"
            name="originalsSeen"
            value="yes"
            aria-describedby={errors.originalsSeen ? "reg-originalsSeen-error" : undefined}
            className="size-6 mt-1 shrink-0 accent-brand-700"
          />
          {t("register.originalsSeen")}
        </label>
      </div>
      <TextField
        id="reg-signatureRef"
        name="signatureRef"
        label={t("consent.signatureRef")}
        hint={t("register.signatureHint")}
        defaultValue={v.signatureRef}
        error={e("signatureRef")}
        dir="ltr"
        autoComplete="off"
      />
      <div className="mb-5">
        <label htmlFor="reg-scan" className="block font-semibold text-lg">
          {t("consent.scan")}
        </label>
        <p id="reg-scan-hint" className="text-muted mb-1">
          {t("consent.scanHint")}
        </p>
        {errors.scan && (
          <p id="reg-scan-error" className="text-danger font-semibold mb-1">
            {e("scan")}
          </p>
        )}
        {/* A file is not kept across a refused post: the clerk attaches the scan again. */}
        <input
          id="reg-scan"
          name="scan"
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          aria-describedby={errors.scan ? "reg-scan-hint reg-scan-error" : "reg-scan-hint"}
          aria-invalid={errors.scan ? true : undefined}
          className="block min-h-11 text-lg max-w-full"
        />
      </div>
      <button type="submit" className={buttonClasses.primary} disabled={pending}>
        {pending ? t("register.saving") : t("register.submit")}
      </button>
    </form>
  );
}
