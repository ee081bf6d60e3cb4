"use client";
// Sign-in form for residents (mobile + password) and staff (staff ID + password). One zod schema validates here
// and again on the server (lib/auth/authenticate.ts). Errors are summarised at the top, linked to their fields,
// and focused so screen readers announce them. Paste is allowed everywhere (WCAG 3.3.8).
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslation } from "react-i18next";
import { credentialsSchema, type Audience, type TCredentials } from "@/lib/auth/audiences";
import { isolate } from "@/lib/i18n/bidi";
import type { Locale } from "@/lib/i18n/config";
import { homeOf } from "@/lib/auth/home-of";
import { credentialsSignIn } from "./credentials-sign-in";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";

type Props = { audience: Audience; locale: Locale; callbackUrl: string | null };

export function SignInForm({ audience, locale, callbackUrl }: Props) {
  const { t } = useTranslation(["auth", "validation"]);
  const [serverError, setServerError] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const { register, handleSubmit, formState } = useForm<TCredentials>({
    resolver: zodResolver(credentialsSchema[audience]),
    defaultValues: { login: "", password: "" },
    shouldFocusError: false, // focus goes to the error summary instead
  });
  const errors = formState.errors;
  const fieldErrors = (["login", "password"] as const).filter((f) => errors[f]?.message);

  useEffect(() => {
    if (serverError || (formState.submitCount > 0 && fieldErrors.length)) summary.current?.focus();
  }, [serverError, formState.submitCount, fieldErrors.length]);

  async function onSubmit(values: TCredentials) {
    setServerError(null);
    try {
      const res = await credentialsSignIn(audience, { login: values.login.trim(), password: values.password });
      if (!res.ok) {
        setServerError(
          res.error === "locked"
            ? "auth:errors.locked"
            : res.error === "invalid" || res.error === "CredentialsSignin"
              ? "auth:errors.invalid"
              : "auth:errors.unavailable",
        );
        return;
      }
      // Straight to where the person was going, or to the audience's home (/staff sends staff on to their own
      // workspace); a full navigation, so every server component renders with the new session.
      window.location.assign(callbackUrl ?? (audience === "staff" ? `/${locale}/staff` : homeOf("resident", locale)));
    } catch {
      setServerError("auth:errors.unavailable");
    }
  }

  const prefix = audience === "resident" ? "resident" : "staff";
  const loginHint =
    audience === "staff" ? t("staff.loginHint", { example: isolate("clerk01") }) : t("resident.loginHint");
  return (
    // method="post": should the script not have loaded, the browser must never put a password into the address.
    <form
      method="post"
      noValidate
      onSubmit={handleSubmit(onSubmit)}
      aria-describedby={serverError ? "sign-in-error" : undefined}
    >
      {(serverError || (formState.submitCount > 0 && fieldErrors.length > 0)) && (
        <div
          ref={summary}
          tabIndex={-1}
          id="sign-in-error"
          role="alert"
          className="border-s-4 border-danger bg-danger-bg p-4 my-4 rounded-e-md"
        >
          {serverError ? (
            <p className="font-semibold text-lg">{t(serverError)}</p>
          ) : (
            <>
              <p className="font-semibold text-lg mb-2">{t("validation:errorSummary")}</p>
              <ul className="list-disc ps-6">
                {fieldErrors.map((f) => (
                  <li key={f}>
                    <a href={`#${audience}-${f}`}>{t(String(errors[f]?.message))}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      <TextField
        id={`${audience}-login`}
        label={t(`${prefix}.login`)}
        hint={loginHint}
        error={errors.login?.message ? t(errors.login.message) : undefined}
        type={audience === "resident" ? "tel" : "text"}
        inputMode={audience === "resident" ? "numeric" : "text"}
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        dir="ltr"
        {...register("login")}
      />
      <TextField
        id={`${audience}-password`}
        label={t("password")}
        error={errors.password?.message ? t(errors.password.message) : undefined}
        type="password"
        autoComplete="current-password"
        dir="ltr"
        {...register("password")}
      />
      <button type="submit" className={buttonClasses.primary} disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
