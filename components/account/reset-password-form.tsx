"use client";
import { useTranslation } from "@/components/i18n/use-translation";
import type { Locale } from "@/lib/i18n/config";
import { resetPasswordAction } from "@/lib/accounts/actions/reset-password-action";
import { TextField } from "@/components/ui/text-field";
import { AccountForm } from "./account-form";
import { CodeFields } from "./code-fields";

export function ResetPasswordForm({ locale }: { locale: Locale }) {
  const { t } = useTranslation("account");
  return (
    <AccountForm action={resetPasswordAction} locale={locale} idPrefix="reset">
      {({ state, field, pending }) => (
        <CodeFields
          stage={state.stage === "code" ? "code" : "start"}
          field={field}
          pending={pending}
          submitIntent="reset"
          submitLabel={t("reset.submit")}
          extra={
            <TextField
              {...field("newPassword")}
              defaultValue=""
              label={t("password.new")}
              hint={t("password.newHint")}
              type="password"
              autoComplete="new-password"
              dir="ltr"
            />
          }
        />
      )}
    </AccountForm>
  );
}
