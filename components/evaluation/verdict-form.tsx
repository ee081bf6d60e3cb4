"use client";
import { useActionState } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { buttonClasses } from "@/components/ui/button-classes";
import { Alert } from "@/components/ui/alert";
import { giveVerdictAction, type EvaluationFormState } from "@/lib/evaluation/actions/evaluation-actions";

// The resident's answer to the department's response: it settles the case, or disputes it (the administrator follows).
export function VerdictForm({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation(["evaluation", "errors"]);
  const [state, action, pending] = useActionState<EvaluationFormState, FormData>(giveVerdictAction, { ok: false });
  return (
    <form action={action} className="mt-4">
      {state.error && (
        <Alert tone="error" live>
          <p>{t(state.error)}</p>
        </Alert>
      )}
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="locale" value={i18n.language} />
      <fieldset>
        <legend className="text-lg font-semibold mb-2">{t("case.verdictLegend")}</legend>
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="verdict" value="confirmed" className={buttonClasses.primary} disabled={pending}>
            {t("case.confirm")}
          </button>
          <button type="submit" name="verdict" value="disputed" className={buttonClasses.secondary} disabled={pending}>
            {t("case.dispute")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
