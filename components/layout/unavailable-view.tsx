import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";

// Body of the 503 page (the database is down; proxy.ts rewrites every page request here while it is): what
// happened, that nothing saved is lost, where to go today, and a plain link that loads the page asked for again.
// No database read of its own, and none in the document around it (root-document.tsx reads no user while down).
// The request id is the number to quote: proxy.ts logged the 503 under it.
export async function UnavailableView({
  locale,
  back,
  requestId,
}: {
  locale: Locale;
  back: string;
  requestId?: string;
}) {
  const t = await getT(locale, "errors");
  return (
    <>
      <title>{t("unavailable.title")}</title>
      <h1 className="text-3xl font-bold mb-4">{t("unavailable.title")}</h1>
      <p className="text-lg mb-4 max-w-2xl">{t("unavailable.body")}</p>
      <p className="text-lg mb-6 max-w-2xl">{t("unavailable.hall")}</p>
      {requestId && (
        <div className="mb-6 max-w-2xl">
          <p className="text-lg mb-1">{t("error.quote")}</p>
          <p className="text-lg">
            {t("error.referenceLabel")}
            <bdi dir="ltr" className="font-mono font-bold text-xl">
              {requestId}
            </bdi>
          </p>
        </div>
      )}
      {/* A full page load (not a client navigation): the proxy then decides afresh whether the database is back. */}
      <a href={back} className="text-lg inline-flex min-h-11 items-center">
        {t("unavailable.retry")}
      </a>
    </>
  );
}
