"use client";
import { useActionState } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { enrolTerminalAction, type EnrolTerminalState } from "@/lib/terminal/actions/terminal-device-actions";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";

// Enrolling this browser as a hall kiosk: the key an admin issued, typed in once.
export function EnrolForm({ locale }: { locale: string }) {
  const { t } = useTranslation("window");
  const [state, action, pending] = useActionState<EnrolTerminalState, FormData>(enrolTerminalAction, {});
  return (
    <form action={action} noValidate>
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="terminal-key"
        name="key"
        label={t("terminal.enrol.key")}
        error={state.error ? t(state.error) : undefined}
        dir="ltr"
        autoComplete="off"
        maxLength={100}
      />
      <button type="submit" className={buttonClasses.primary} disabled={pending}>
        {t("terminal.enrol.submit")}
      </button>
    </form>
  );
}
