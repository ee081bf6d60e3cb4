"use client";
import { useTranslation } from "@/components/i18n/use-translation";
import type { Locale } from "@/lib/i18n/config";
import { setPasswordAction } from "@/lib/accounts/actions/account-actions";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";
import { AccountForm } from "./account-form";

/** Set a first password, or change it (then the current one is asked for). */
export function PasswordForm({ locale, hasPassword }: { locale: Locale; hasPassword: boolean }) {
  const { t } = useTranslation("account");
  const secret = (name: string, label: string, autoComplete: string, hint?: string) => ({
    name,
    label,
    hint,
    type: "password",
    autoComplete,
    dir: "ltr" as const,
    defaultValue: "",
  });
  return (
    <AccountForm action={setPasswordAction} locale={locale} idPrefix="password">
      {({ field, pending }) => (
        <>
          {hasPassword && (
            <TextField
              {...field("currentPassword")}
              {...secret("currentPassword", t("password.current"), "current-password")}
            />
          )}
          <TextField
            {...field("newPassword")}
            {...secret("newPassword", t("password.new"), "new-password", t("password.newHint"))}
          />
          <TextField
            {...field("confirmPassword")}
            {...secret("confirmPassword", t("password.confirm"), "new-password")}
          />
          <button type="submit" className={buttonClasses.primary} disabled={pending}>
            {hasPassword ? t("password.change") : t("password.set")}
          </button>
        </>
      )}
    </AccountForm>
  );
}
