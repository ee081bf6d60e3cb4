import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { isolate } from "@/lib/i18n/bidi";
import type { Clerk } from "@/lib/window/window-sessions";
import { myRatingScreen } from "@/lib/evaluation/window-rating-status";
import { pairScreenAction } from "@/lib/evaluation/actions/rating-actions";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-classes";

export type PairNotice = "paired" | "wrong" | "malformed" | "tooMany";

export const pairNoticeOf = (v: unknown): PairNotice | undefined =>
  v === "paired" || v === "wrong" || v === "malformed" || v === "tooMany" ? v : undefined;

// The clerk's workspace: pair the rating screen facing the window by typing the code it shows (one field, Enter).
export async function RatingScreenPairing({
  locale,
  clerk,
  notice,
}: {
  locale: Locale;
  clerk: Clerk;
  notice?: PairNotice;
}) {
  const [t, screen] = await Promise.all([getT(locale, "window"), myRatingScreen(clerk)]);
  const iso = (x: string) => (locale === "ug" ? isolate(x) : x);
  const failed = notice && notice !== "paired";
  return (
    <section aria-labelledby="screen-h" className="border-2 border-line rounded-lg p-4 my-6">
      <h2 id="screen-h" className="text-2xl font-bold mb-2">
        {t("rating.workspace.title")}
      </h2>
      {notice && (
        <Alert tone={failed ? "error" : "success"} live>
          <p className="text-lg">{t(`rating.workspace.result.${notice}`)}</p>
        </Alert>
      )}
      <p className="text-lg mb-2">
        {screen ? t("rating.workspace.paired", { window: iso(screen.windowNo) }) : t("rating.workspace.none")}
      </p>
      <p className="mb-3">{t("rating.workspace.intro", { path: iso(`/${locale}/rating-screen`) })}</p>
      <form action={pairScreenAction} className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="locale" value={locale} />
        <div>
          <label htmlFor="screen-code" className="block font-semibold text-lg mb-1">
            {t("rating.workspace.code")}
          </label>
          <input
            id="screen-code"
            name="code"
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            dir="ltr"
            aria-invalid={failed ? true : undefined}
            className="block w-40 min-h-11 px-3 py-2 text-lg border-2 border-ink rounded-md bg-white"
          />
        </div>
        <button type="submit" className={buttonClasses.secondary}>
          {t("rating.workspace.pair")}
        </button>
      </form>
    </section>
  );
}
