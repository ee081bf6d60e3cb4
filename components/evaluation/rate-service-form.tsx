"use client";
import { useActionState } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { buttonClasses } from "@/components/ui/button-classes";
import { Alert } from "@/components/ui/alert";
import { rateApplicationAction, type EvaluationFormState } from "@/lib/evaluation/actions/evaluation-actions";
import { COMMENT_MAX, REASONS, SCORES } from "@/lib/evaluation/evaluation-rules";

// The rating form (好差评): five levels as large radio buttons, reasons as optional ticks, a comment. A plain form
// post: it works before (or without) JavaScript, and after a refusal shows again what was chosen.
export function RateServiceForm({
  applicationId,
  given,
}: {
  applicationId: string;
  /** The rating already given (changeable): the form starts from it. */
  given: { score: number; reasons: string[]; comment: string | null } | null;
}) {
  const { t, i18n } = useTranslation(["evaluation", "errors"]);
  const [state, action, pending] = useActionState<EvaluationFormState, FormData>(rateApplicationAction, {
    ok: false,
  });
  const score = state.values?.score ?? (given ? String(given.score) : undefined);
  const reasons = state.values?.reasons ?? given?.reasons ?? [];
  const comment = state.values?.comment ?? given?.comment ?? "";
  return (
    <>
      {state.error && (
        <Alert tone="error" live>
          <p>{t(state.error)}</p>
        </Alert>
      )}
      {state.ok && (
        <Alert tone="success" live>
          <p>{t(state.caseOpened ? "form.savedCaseOpened" : "form.saved")}</p>
        </Alert>
      )}
      {/* Keyed by the answer's time: after a refusal the fields start again from what was posted. */}
      <form key={state.at ?? 0} action={action} noValidate className="space-y-5">
        <input type="hidden" name="applicationId" value={applicationId} />
        <input type="hidden" name="locale" value={i18n.language} />
        <fieldset>
          <legend className="text-xl font-semibold mb-2">{t("form.scoreLegend")}</legend>
          <div className="flex flex-wrap gap-3">
            {SCORES.map((n) => (
              <label
                key={n}
                className="inline-flex items-center gap-2 min-h-11 border-2 border-line rounded-lg px-4 py-2 text-lg cursor-pointer has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
              >
                <input type="radio" name="score" value={n} defaultChecked={score === String(n)} className="size-6" />
                <span>{t(`score.${n}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend className="text-xl font-semibold mb-2">{t("form.reasonsLegend")}</legend>
          <div className="grid gap-2 sm:grid-cols-2">
            {REASONS.map((r) => (
              <label key={r} className="inline-flex items-start gap-3 min-h-11 text-lg cursor-pointer">
                <input
                  type="checkbox"
                  name="reasons"
                  value={r}
                  defaultChecked={reasons.includes(r)}
                  className="size-6 mt-1 shrink-0"
                />
                <span>{t(`reason.${r}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="evaluation-comment" className="block text-xl font-semibold mb-1">
            {t("form.comment")}
          </label>
          <p id="evaluation-comment-hint" className="text-muted mb-2">
            {t("form.commentHint")}
          </p>
          <textarea
            id="evaluation-comment"
            name="comment"
            rows={3}
            maxLength={COMMENT_MAX}
            defaultValue={comment}
            aria-describedby="evaluation-comment-hint"
            className="w-full border-2 border-line rounded-md p-3 text-lg"
          />
        </div>
        <button type="submit" className={buttonClasses.primary} disabled={pending}>
          {t(given ? "form.change" : "form.submit")}
        </button>
      </form>
    </>
  );
}
