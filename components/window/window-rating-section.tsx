import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { WindowGrant } from "@/lib/window/require-window-session";
import { windowRatingStatus } from "@/lib/evaluation/window-rating-status";
import { askRatingAction } from "@/lib/evaluation/actions/rating-actions";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-classes";
import { ClientStrings } from "@/components/i18n/client-strings";
import { RatingStatusPoller } from "./rating-status-poller";

export type RatingNotice = "asked" | "noScreen" | "rated" | "closed";

export const ratingNoticeOf = (v: unknown): RatingNotice | undefined =>
  v === "asked" || v === "noScreen" || v === "rated" || v === "closed" ? v : undefined;

// The session page's rating box: ask the resident to rate this visit on the paired screen, then see "rated" (never
// the score: the rating is the resident's).
export async function WindowRatingSection({
  locale,
  grant,
  notice,
}: {
  locale: Locale;
  grant: WindowGrant;
  notice?: RatingNotice;
}) {
  const [t, found] = await Promise.all([getT(locale, "window"), windowRatingStatus(grant.clerk, grant.sessionId)]);
  const status = found ?? { screen: false, asked: false, rated: false };
  return (
    <section aria-labelledby="rating-h" className="border-2 border-line rounded-lg p-4 mb-6">
      <h2 id="rating-h" className="text-2xl font-bold mb-2">
        {t("rating.session.title")}
      </h2>
      <p className="text-lg mb-3">{t("rating.session.intro")}</p>
      {notice === "closed" && (
        <Alert tone="error" live>
          <p className="text-lg">{t("rating.session.closed")}</p>
        </Alert>
      )}
      {status.rated ? (
        <p role="status" className="text-lg font-semibold">
          {t("rating.session.rated")}
        </p>
      ) : status.asked ? (
        <ClientStrings locale={locale} pick={["window:rating.session"]}>
          <RatingStatusPoller sessionId={grant.sessionId} />
        </ClientStrings>
      ) : status.screen ? (
        <form action={askRatingAction}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="session" value={grant.sessionId} />
          <button type="submit" className={buttonClasses.primary}>
            {t("rating.session.ask")}
          </button>
        </form>
      ) : (
        <>
          <p className="text-lg mb-2" role={notice === "noScreen" ? "alert" : undefined}>
            {t("rating.session.noScreen")}
          </p>
          <Link href={`/${locale}/clerk#screen-h`} className={buttonClasses.secondary}>
            {t("rating.session.workspaceLink")}
          </Link>
        </>
      )}
    </section>
  );
}
