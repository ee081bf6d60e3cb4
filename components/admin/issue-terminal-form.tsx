"use client";
import { useActionState } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { issueTerminalAction, type IssueTerminalState } from "@/lib/terminal/actions/terminal-device-actions";
import { TextField } from "@/components/ui/text-field";
import { buttonClasses } from "@/components/ui/button-classes";
import { isolate } from "@/lib/i18n/bidi";

// Issuing a key for a hall kiosk: the key is shown here once, to be typed in at the kiosk's enrolment page.
export function IssueTerminalForm({ locale }: { locale: string }) {
  const { t } = useTranslation("staff");
  const [state, action, pending] = useActionState<IssueTerminalState, FormData>(issueTerminalAction, {});
  return (
    <form action={action} noValidate className="mb-8">
      <input type="hidden" name="locale" value={locale} />
      <TextField
        id="terminal-name"
        name="name"
        label={t("terminals.name")}
        hint={t("terminals.nameHint")}
        error={state.error ? t(state.error) : undefined}
        autoComplete="off"
        maxLength={60}
      />
      <button type="submit" className={buttonClasses.primary} disabled={pending}>
        {t("terminals.issue")}
      </button>
      {state.issued && (
        <div role="status" className="border-s-4 border-success bg-success-bg p-4 my-4 rounded-e-md">
          <p className="text-lg mb-2">{t("terminals.issued", { name: state.issued.name })}</p>
          <p className="text-lg mb-2">{t("terminals.keyOnce", { path: isolate(`/${locale}/terminal/enrol`) })}</p>
          <p dir="ltr" className="font-mono text-xl break-all select-all" data-testid="terminal-key">
            {state.issued.key}
          </p>
        </div>
      )}
    </form>
  );
}
