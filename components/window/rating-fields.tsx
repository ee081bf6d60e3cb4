import { COMMENT_MAX, REASONS, SCORES } from "@/lib/evaluation/evaluation-rules";
import type { getT } from "@/lib/i18n/server";

type T = Awaited<ReturnType<typeof getT>>;

// The fields of a rating as a resident gives it in person (the window's rating screen, the hall terminal): big
// choices for the five levels (very satisfied … very dissatisfied), the fixed reasons, and an optional comment. The labels are
// the shared ones of the "evaluation" namespace; the form around them posts to the channel's own action.
export function RatingFields({ t, te }: { t: T; te: T }) {
  return (
    <>
      <fieldset>
        <legend className="text-2xl font-semibold mb-3">{t("ratingScreen.scoreLegend")}</legend>
        <div className="grid gap-3">
          {SCORES.map((s) => (
            <label
              key={s}
              className="flex items-center gap-4 min-h-16 px-4 py-3 border-2 border-ink rounded-lg text-2xl has-[:checked]:bg-brand-50 has-[:checked]:border-brand-700 has-[:checked]:font-bold"
            >
              <input type="radio" name="score" value={s} required className="size-7 shrink-0" />
              <span>{te(`score.${s}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-2xl font-semibold mb-3">{t("ratingScreen.reasonsLegend")}</legend>
        <div className="grid gap-3">
          {REASONS.map((r) => (
            <label key={r} className="flex items-center gap-4 min-h-14 px-4 py-2 border-2 border-line rounded-lg">
              <input type="checkbox" name="reasons" value={r} className="size-6 shrink-0" />
              <span>{te(`reason.${r}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor="rating-comment" className="block text-2xl font-semibold mb-1">
          {t("ratingScreen.comment")}
        </label>
        <p id="rating-comment-hint" className="text-muted mb-2">
          {t("ratingScreen.commentHint")}
        </p>
        <textarea
          id="rating-comment"
          name="comment"
          rows={3}
          maxLength={COMMENT_MAX}
          aria-describedby="rating-comment-hint"
          className="block w-full px-3 py-2 text-xl border-2 border-ink rounded-md bg-white"
        />
      </div>{" "}
    </>
  );
}
