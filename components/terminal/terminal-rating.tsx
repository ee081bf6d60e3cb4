import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { readTerminalRating } from "@/lib/evaluation/read-terminal-rating";
import { rateAtTerminalAction } from "@/lib/evaluation/actions/terminal-rating-action";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-classes";
import { RatingFields } from "@/components/window/rating-fields";

export type TerminalRatingNotice = "done" | "invalid" | "notRatable" | "notFound" | "locked";

export const terminalRatingNoticeOf = (v: unknown): TerminalRatingNotice | undefined =>
  v === "done" || v === "invalid" || v === "notRatable" || v === "notFound" || v === "locked" ? v : undefined;

// At the hall terminal, after the task: the receipt offers to rate the service right there (large text, the kiosk's
// idle timeout still applies), once; then it thanks the resident.
export async function TerminalRating({
  locale,
  residentId,
  applicationId,
  notice,
}: {
  locale: Locale;
  residentId: string;
  applicationId: string;
  notice?: TerminalRatingNotice;
}) {
  const [t, te, given] = await Promise.all([
    getT(locale, "window"),
    getT(locale, "evaluation"),
    readTerminalRating(residentId, applicationId),
  ]);
  return (
    <section aria-labelledby="rating-h" className="border-2 border-brand-700 rounded-lg p-4 my-6 print:hidden">
      <h2 id="rating-h" className="text-2xl font-bold mb-2">
        {t("terminal.rating.title")}
      </h2>
      {given ? (
        <Alert tone="success" live={notice === "done"}>
          <p className="text-xl">{t("terminal.rating.thanks")}</p>
          <p className="text-lg">{t("terminal.rating.yours", { label: te(`score.${given.score}`) })}</p>
        </Alert>
      ) : (
        <form action={rateAtTerminalAction} className="space-y-6">
          {notice && notice !== "done" && (
            <Alert tone="error" live>
              <p className="text-lg">
                {t(notice === "invalid" ? "ratingScreen.error.invalid" : `errors:evaluation.${notice}`)}
              </p>
            </Alert>
          )}
          <p className="text-lg">{t("terminal.rating.intro")}</p>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="application" value={applicationId} />
          <RatingFields t={t} te={te} />
          <button type="submit" className={buttonClasses.primary}>
            <span className="text-2xl py-2">{t("ratingScreen.submit")}</span>
          </button>
        </form>
      )}
    </section>
  );
}
