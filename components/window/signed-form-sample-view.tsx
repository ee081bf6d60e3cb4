import Link from "next/link";
import { headers } from "next/headers";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { clientIp } from "@/lib/http/client-ip";
import { formatDateTime } from "@/lib/format/dates";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { SAMPLE_DAYS, SAMPLE_SIZE, sampleSignedFormSessions } from "@/lib/window/sampled-signed-forms";
import { buttonClasses } from "@/components/ui/button-classes";

// The supervisor's check on signed-form consents: a random sample of recent sessions, each with its clerk, time,
// window, the resident (masked) and a link to the scanned form. A list of cards, readable at any width and text size.
export async function SignedFormSampleView({ locale }: { locale: Locale }) {
  const user = await requireRole(locale, ["admin"], `/${locale}/admin/window-consents`);
  const t = await getT(locale, "window");
  const rows = (await sampleSignedFormSessions(user, clientIp(await headers()))) ?? [];
  const term = (key: string) => <dt className="font-semibold">{t(`supervision.${key}`)}</dt>;
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("supervision.title")}</h1>
      <p className="text-lg mb-4 max-w-3xl">{t("supervision.intro", { days: SAMPLE_DAYS, size: SAMPLE_SIZE })}</p>
      <p className="mb-6">
        <Link href={`/${locale}/admin/window-consents`} className={buttonClasses.secondary}>
          {t("supervision.again")}
        </Link>
      </p>
      <h2 className="text-2xl font-bold mb-3">{t("supervision.caption")}</h2>
      {rows.length === 0 ? (
        <p className="text-lg text-muted">{t("supervision.empty")}</p>
      ) : (
        <ul className="space-y-4">
          {rows.map((r) => {
            const time = formatDateTime(r.consentedAt, locale);
            const clerkName = locale === "ug" && r.clerk.nameUg ? r.clerk.nameUg : r.clerk.nameZh;
            return (
              <li key={r.id} className="border-2 border-line rounded-lg p-4">
                <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)] text-lg">
                  {term("time")}
                  <dd>
                    <time dateTime={r.consentedAt.toISOString()}>{time}</time>
                  </dd>
                  {term("window")}
                  <dd>
                    <bdi dir="ltr">{r.windowNo}</bdi>
                  </dd>
                  {term("clerk")}
                  <dd>
                    <bdi lang={langOfTyped(clerkName)}>{clerkName}</bdi>
                    {r.clerk.staffId && (
                      <>
                        {" "}
                        (<bdi dir="ltr">{r.clerk.staffId}</bdi>)
                      </>
                    )}
                  </dd>
                  {term("resident")}
                  <dd>
                    <bdi lang={langOfTyped(r.resident.name)}>{r.resident.name}</bdi>
                    {r.resident.idNumber && (
                      <>
                        {" "}
                        <bdi dir="ltr">{r.resident.idNumber}</bdi>
                      </>
                    )}
                  </dd>
                  {term("signatureRef")}
                  <dd>
                    <bdi dir="ltr">{r.signatureRef ?? ""}</bdi>
                  </dd>
                  {term("scan")}
                  <dd>
                    {r.hasScan ? (
                      <a
                        href={`/api/window-consents/${r.id}/form`}
                        target="_blank"
                        rel="noopener"
                        aria-label={t("supervision.openLabel", { time })}
                        className="inline-flex min-h-11 items-center underline"
                      >
                        {t("supervision.open")}
                      </a>
                    ) : (
                      <span className="text-danger font-semibold">{t("supervision.noScan")}</span>
                    )}
                  </dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
