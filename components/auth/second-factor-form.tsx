"use client";
// The authenticator code of a staff sign-in: one field, posted to a server action like the password form, so it works
// without JavaScript; Enter submits. Paste allowed (WCAG 3.3.8); autocomplete offers a code the device may hold.
import { useTranslation } from "@/components/i18n/use-translation";
import type { Locale } from "@/lib/i18n/config";
import { secondFactorAction } from "@/lib/accounts/actions/sign-in-actions";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";
import { AccountForm } from "@/components/account/account-form";

export function SecondFactorForm({ locale }: { locale: Locale }) {
  const { t } = useTranslation("auth");
  return (
    <AccountForm action={secondFactorAction} locale={locale} idPrefix="second-factor">
      {({ field, pending }) => (
        <>
          <TextField
            {...field("code")}
            defaultValue=""
            label={t("secondFactor.code")}
            hint={t("secondFactor.codeHint")}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={7}
            dir="ltr"
            // The page exists for this one field, reached right after the password: the focus waits in it.
            autoFocus
          />
          <button type="submit" className={buttonClasses.primary} disabled={pending}>
            {pending ? t("submitting") : t("secondFactor.submit")}
          </button>
        </>
      )}
    </AccountForm>
  );
}
