"use client";
import { useActionState } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { buttonClasses } from "@/components/ui/button-classes";
import { Alert } from "@/components/ui/alert";
import { respondToCaseAction, type EvaluationFormState } from "@/lib/evaluation/actions/evaluation-actions";

// The department's answer to a bad rating. The text goes to the resident as written (timeline, inbox, SMS notice).
export function RespondForm({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation(["evaluation", "errors"]);
  const [state, action, pending] = useActionState<EvaluationFormState, FormData>(respondToCaseAction, { ok: false });
  const invalid = state.error === "errors:rectification.responseMissing";
  return (
    <form key={state.at ?? 0} action={action} noValidate className="mt-4">
      {state.error && !invalid && (
        <Alert tone="error" live>
          <p>{t(state.error)}</p>
        </Alert>
      )}
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="locale" value={i18n.language} />
      <fieldset>
        <legend className="text-xl font-semibold mb-2">{t("review.respondLegend")}</legend>
        <label htmlFor="case-response" className="block text-lg font-semibold mb-1">
          {t("review.response")}
        </label>
        <p id="case-response-hint" className="text-muted mb-2">
          {t("review.responseHint")}
        </p>
        {invalid && (
          <p id="case-response-error" role="alert" className="text-danger font-semibold mb-2">
            {t(state.error!)}
          </p>
        )}
        <textarea
          id="case-response"
          name="response"
          rows={5}
          maxLength={1000}
          defaultValue={state.values?.response ?? ""}
          aria-describedby={invalid ? "case-response-error case-response-hint" : "case-response-hint"}
          aria-invalid={invalid ? true : undefined}
          className="w-full border-2 border-line rounded-md p-3 text-lg"
        />
      </fieldset>
      <button type="submit" className={`${buttonClasses.primary} mt-3`} disabled={pending}>
        {t("review.send")}
      </button>
    </form>
  );
}
