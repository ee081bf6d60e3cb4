"use client";
import { useTranslation } from "@/components/i18n/use-translation";
import { buttonClasses } from "@/components/ui/button-classes";
import { Alert } from "@/components/ui/alert";
import { useResidentTransition } from "./use-transition-form";

// Withdraw before a decision: explained, confirmed with a tick (checked on the server as well), never one stray click.
export function WithdrawForm({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation(["tracking", "errors"]);
  const [state, action, pending] = useResidentTransition();
  const confirmError = state.fieldErrors?.confirm;
  return (
    <section aria-labelledby="withdraw-heading" className="border-2 border-line rounded-lg p-4 mb-6">
      <h2 id="withdraw-heading" className="text-2xl font-bold mb-2">
        {t("withdraw.title")}
      </h2>
      <p className="text-lg mb-3">{t("withdraw.intro")}</p>
      {state.error && !confirmError && (
        <Alert tone="error" live>
          <p>{t(state.error)}</p>
        </Alert>
      )}
      <form action={action} noValidate>
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="event" value="withdraw" />
        <div className={`mb-4 ${confirmError ? "border-s-4 border-danger ps-4" : ""}`}>
          {confirmError && (
            <p id="withdraw-confirm-error" className="text-danger font-semibold mb-2">
              {t(confirmError)}
            </p>
          )}
          <label className="inline-flex items-start gap-3 text-lg min-h-11 cursor-pointer">
            <input
              type="checkbox"
              name="confirm"
              value="yes"
              className="size-6 mt-1 shrink-0"
              aria-describedby={confirmError ? "withdraw-confirm-error" : undefined}
              aria-invalid={confirmError ? true : undefined}
            />
            <span>{t("withdraw.confirm")}</span>
          </label>
        </div>
        <button type="submit" className={buttonClasses.secondary} disabled={pending}>
          {t("withdraw.submit")}
        </button>
      </form>
    </section>
  );
}
