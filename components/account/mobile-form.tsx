"use client";
import { useTranslation } from "@/components/i18n/use-translation";
import type { Locale } from "@/lib/i18n/config";
import { changeMobileAction } from "@/lib/accounts/actions/account-actions";
import { AccountForm } from "./account-form";
import { CodeFields } from "./code-fields";

export function MobileForm({ locale }: { locale: Locale }) {
  const { t } = useTranslation("account");
  return (
    <AccountForm action={changeMobileAction} locale={locale} idPrefix="mobile">
      {({ state, field, pending }) => (
        <CodeFields
          stage={state.stage === "code" ? "code" : "start"}
          field={field}
          pending={pending}
          mobileName="newMobile"
          mobileLabel={t("mobile.new")}
          submitIntent="confirm"
          submitLabel={t("mobile.confirm")}
        />
      )}
    </AccountForm>
  );
}
