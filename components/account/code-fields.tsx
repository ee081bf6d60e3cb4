"use client";
// The mobile number and SMS-code fields of the code forms, with their buttons: "get a code" first; once sent, the
// code field and "sign in" (the default button, so Enter submits it) with "send again" beside it.
import { useTranslation } from "@/components/i18n/use-translation";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";
import type { FieldProps } from "./account-form";

type Props = {
  stage: "start" | "code";
  field: (name: string) => FieldProps;
  pending: boolean;
  mobileName?: string;
  mobileLabel?: string;
  submitLabel: string;
  submitIntent: string;
  /** Extra fields shown with the code (the new password of a reset). */
  extra?: React.ReactNode;
};

export function CodeFields({
  stage,
  field,
  pending,
  mobileName = "mobile",
  mobileLabel,
  submitLabel,
  submitIntent,
  extra,
}: Props) {
  const { t } = useTranslation("account");
  return (
    <>
      <TextField
        {...field(mobileName)}
        label={mobileLabel ?? t("code.mobile")}
        hint={t("code.mobileHint")}
        type="tel"
        inputMode="numeric"
        autoComplete="tel"
        dir="ltr"
      />
      {stage === "code" ? (
        <>
          <TextField
            {...field("code")}
            defaultValue=""
            label={t("code.code")}
            hint={t("code.codeHint")}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={8}
            dir="ltr"
          />
          {extra}
          <div className="flex flex-wrap gap-3">
            <button
              type="submit"
              name="intent"
              value={submitIntent}
              className={buttonClasses.primary}
              disabled={pending}
            >
              {submitLabel}
            </button>
            <button type="submit" name="intent" value="send" className={buttonClasses.secondary} disabled={pending}>
              {t("code.resend")}
            </button>
          </div>
        </>
      ) : (
        <button type="submit" name="intent" value="send" className={buttonClasses.primary} disabled={pending}>
          {t("code.send")}
        </button>
      )}
    </>
  );
}
