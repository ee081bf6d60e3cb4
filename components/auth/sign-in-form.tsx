"use client";
// Sign-in with a password: residents with their mobile number, staff with a staff ID. A plain form posted to a server
// action (lib/accounts/actions/sign-in-actions.ts): it works without JavaScript and from any address the portal is
// reached by; the same zod schema checks the fields there. Paste is allowed everywhere (WCAG 3.3.8).
import { useTranslation } from "@/components/i18n/use-translation";
import type { Audience } from "@/lib/auth/audiences";
import { isolate } from "@/lib/i18n/bidi";
import type { Locale } from "@/lib/i18n/config";
import { passwordSignInAction } from "@/lib/accounts/actions/sign-in-actions";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";
import { AccountForm } from "@/components/account/account-form";

type Props = { audience: Audience; locale: Locale; callbackUrl: string | null };

export function SignInForm({ audience, locale, callbackUrl }: Props) {
  const { t } = useTranslation(["auth", "validation"]);
  const loginHint =
    audience === "staff" ? t("staff.loginHint", { example: isolate("clerk01") }) : t("resident.loginHint");
  return (
    <AccountForm
      action={passwordSignInAction}
      locale={locale}
      idPrefix={audience}
      hidden={{ audience, next: callbackUrl ?? "" }}
    >
      {({ field, pending }) => (
        <>
          <TextField
            {...field("login")}
            label={t(`${audience}.login`)}
            hint={loginHint}
            type={audience === "resident" ? "tel" : "text"}
            inputMode={audience === "resident" ? "numeric" : "text"}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            dir="ltr"
          />
          <TextField
            {...field("password")}
            label={t("password")}
            type="password"
            autoComplete="current-password"
            dir="ltr"
          />
          <button type="submit" className={buttonClasses.primary} disabled={pending}>
            {pending ? t("submitting") : t("submit")}
          </button>
        </>
      )}
    </AccountForm>
  );
}
