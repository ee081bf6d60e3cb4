"use client";
// Sign-in by SMS code, and registration (the same proof of the phone: a number without an account gets one).
import { useTranslation } from "@/components/i18n/use-translation";
import type { Locale } from "@/lib/i18n/config";
import { phoneCodeAction } from "@/lib/accounts/actions/sign-in-actions";
import { AccountForm } from "./account-form";
import { CodeFields } from "./code-fields";

export function PhoneCodeForm({ locale, flow, next }: { locale: Locale; flow: "sign-in" | "register"; next: string }) {
  const { t } = useTranslation("account");
  return (
    <AccountForm action={phoneCodeAction} locale={locale} idPrefix={flow} hidden={{ flow, next }}>
      {({ state, field, pending }) => (
        <CodeFields
          stage={state.stage === "code" ? "code" : "start"}
          field={field}
          pending={pending}
          submitIntent="verify"
          submitLabel={flow === "register" ? t("register.submit") : t("signInCode.submit")}
        />
      )}
    </AccountForm>
  );
}
