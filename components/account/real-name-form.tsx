"use client";
import { useTranslation } from "@/components/i18n/use-translation";
import type { Locale } from "@/lib/i18n/config";
import { realNameAction } from "@/lib/accounts/actions/account-actions";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";
import { AccountForm } from "./account-form";

export function RealNameForm({ locale, next }: { locale: Locale; next: string }) {
  const { t } = useTranslation("account");
  return (
    <AccountForm action={realNameAction} locale={locale} idPrefix="verify" hidden={{ next }}>
      {({ field, pending }) => (
        <>
          <TextField
            {...field("fullName")}
            label={t("verify.fullName")}
            hint={t("verify.fullNameHint")}
            autoComplete="name"
          />
          <TextField
            {...field("idNumber")}
            label={t("verify.idNumber")}
            hint={t("verify.idNumberHint")}
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            dir="ltr"
          />
          <button type="submit" className={buttonClasses.primary} disabled={pending}>
            {t("verify.submit")}
          </button>
        </>
      )}
    </AccountForm>
  );
}
