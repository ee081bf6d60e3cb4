import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { isolate } from "@/lib/i18n/bidi";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { formatDateTime } from "@/lib/format/dates";
import { showRatingScreen, stateVersion } from "@/lib/evaluation/show-rating-screen";
import { screenToken } from "@/lib/evaluation/screen/screen-cookie";
import { rateVisitAction } from "@/lib/evaluation/actions/rating-actions";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-classes";
import { RatingScreenPoller } from "./rating-screen-poller";
import { RatingFields } from "./rating-fields";

export type RatingScreenError = "invalid" | "notAsked" | "rated";

// The resident-facing rating screen at a window (a tablet facing the resident, no sign-in): a pairing code until a
// clerk pairs it, then the clerk's name, staff number and window, and the rating form when the clerk asks. Large
// text unless the device chose otherwise (lib/preferences/current-text-size.ts); the header's language switch lets
// the resident read it in their language. It names nobody but the clerk.
export async function RatingScreenView({ locale, error }: { locale: Locale; error?: RatingScreenError }) {
  const [state, t, te] = await Promise.all([
    showRatingScreen(await screenToken()),
    getT(locale, "window"),
    getT(locale, "evaluation"),
  ]);
  const iso = (x: string) => (locale === "ug" ? isolate(x) : x);
  return (
    <div className="text-xl">
      <RatingScreenPoller version={stateVersion(state)} />
      <h1 className="text-4xl font-bold mb-4">{t("ratingScreen.title")}</h1>
      {error && (
        <Alert tone="error" live>
          <p className="text-xl">{t(`ratingScreen.error.${error}`)}</p>
        </Alert>
      )}
      {state.kind === "unknown" && (
        <p role="status" className="text-2xl">
          {t("ratingScreen.starting")}
        </p>
      )}
      {state.kind === "code" && (
        <section aria-labelledby="pair-h">
          <h2 id="pair-h" className="text-3xl font-bold mb-3">
            {t("ratingScreen.pairTitle")}
          </h2>
          <p className="mb-4">{t("ratingScreen.pairIntro")}</p>
          <p className="mb-2 font-semibold">{t("ratingScreen.codeLabel")}</p>
          <p className="text-6xl font-bold mb-4" data-testid="pair-code">
            <bdi dir="ltr">{`${state.code.slice(0, 3)} ${state.code.slice(3)}`}</bdi>
          </p>
          <p className="text-muted">
            {t("ratingScreen.codeValid", { time: iso(formatDateTime(state.until, locale)) })}
          </p>
        </section>
      )}
      {state.kind === "paired" && (
        <>
          <section aria-labelledby="served-h" className="border-2 border-line rounded-lg p-4 mb-6">
            <h2 id="served-h" className="text-2xl font-semibold mb-1">
              {t("ratingScreen.servedBy")}
            </h2>
            <p className="text-3xl font-bold">
              <bdi lang={langOfTyped(state.clerk[locale])}>{state.clerk[locale]}</bdi>
            </p>
            <p className="text-2xl">
              {t("ratingScreen.window", { window: iso(state.windowNo) })} ·{" "}
              {t("ratingScreen.staffId", { staffId: iso(state.clerk.staffId) })}
            </p>
          </section>
          {state.thanks && (
            <Alert tone="success" live>
              <p className="text-3xl font-bold">{t("ratingScreen.thanks")}</p>
            </Alert>
          )}
          {!state.askedSessionId && !state.thanks && <p className="text-2xl">{t("ratingScreen.waiting")}</p>}
          {state.askedSessionId && (
            <form action={rateVisitAction} aria-labelledby="rate-h" className="space-y-6">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="visit" value={state.askedSessionId} />
              <h2 id="rate-h" className="text-3xl font-bold">
                {t("ratingScreen.formTitle")}
              </h2>
              <p>{t("ratingScreen.formIntro")}</p>
              <RatingFields t={t} te={te} />
              <button type="submit" className={buttonClasses.primary}>
                <span className="text-2xl py-2">{t("ratingScreen.submit")}</span>
              </button>
            </form>
          )}
        </>
      )}
    </div>
  );
}
