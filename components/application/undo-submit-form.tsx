"use client";
import { useTranslation } from "@/components/i18n/use-translation";
import { buttonClasses } from "@/components/ui/button-classes";
import { Alert } from "@/components/ui/alert";
import { useResidentTransition } from "./use-transition-form";

// One-click undo in the first 10 minutes: the application goes back to a draft, which opens for changes.
export function UndoSubmitForm({ applicationId, locale }: { applicationId: string; locale: string }) {
  const { t } = useTranslation(["tracking", "errors"]);
  const [state, action, pending] = useResidentTransition();
  return (
    <div className="border-s-4 border-brand-700 bg-brand-50 p-4 mb-6 rounded-e-md">
      <p className="text-lg mb-3">{t("undo.intro")}</p>
      {state.error && (
        <Alert tone="error" live>
          <p>{t(state.error)}</p>
        </Alert>
      )}
      <form action={action}>
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="event" value="undo_submit" />
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className={buttonClasses.secondary} disabled={pending}>
          {t("undo.submit")}
        </button>
      </form>
    </div>
  );
}
