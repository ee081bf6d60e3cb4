import Link from "next/link";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { getService } from "@/lib/services";
import { publicUrl } from "@/lib/applications/read/tracking-url";
import { requireWindowSession } from "@/lib/window/require-window-session";
import { buttonClasses } from "@/components/ui/button-classes";
import { PrintButton } from "@/components/application/print-button";

// The printed slip that hands a draft begun at the window to the resident's phone: a QR code to the same draft
// (after signing in with their own mobile number), in both languages. Nothing personal is printed on it.
export async function HandoffSlipView({
  locale,
  sessionId,
  slug,
}: {
  locale: Locale;
  sessionId: string;
  slug: string;
}) {
  const prefix = `/${locale}/clerk/sessions/${sessionId}`;
  const grant = await requireWindowSession(locale, sessionId, `${prefix}/handoff/${slug}`);
  const service = getService(slug);
  if (!service) notFound();
  const [t, zh, ug] = await Promise.all([getT(locale, "window"), getT("zh", "window"), getT("ug", "window")]);
  const url = await publicUrl(`/${locale}/services/${slug}/apply`);
  const qr = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  const column = (lng: Locale, tt: typeof zh) => (
    <section lang={lng === "zh" ? "zh-CN" : "ug"} dir={lng === "zh" ? "ltr" : "rtl"} className="min-w-0">
      <h2 className="text-2xl font-bold mb-2">{tt("handoff.slipTitle")}</h2>
      <p className="text-lg mb-1 font-semibold">{service.title[lng]}</p>
      <p className="text-lg">{tt("handoff.slipText", { window: grant.windowNo })}</p>
    </section>
  );
  return (
    <>
      <h1 className="text-3xl font-bold mb-3 print:hidden">{t("handoff.title")}</h1>
      <p className="text-lg mb-4 print:hidden">{t("handoff.intro")}</p>
      <div className="border-2 border-ink rounded-lg p-4 sm:p-6 print:border-0">
        <div className="grid gap-8 md:grid-cols-2 senior:grid-cols-1">
          {column("zh", zh)}
          {column("ug", ug)}
        </div>
        <div className="mt-6 flex flex-wrap items-center gap-6 border-t-2 border-line pt-4">
          <div
            className="size-40 shrink-0"
            role="img"
            aria-label={t("handoff.qr")}
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <p className="text-lg break-all">
            <bdi dir="ltr">{url}</bdi>
          </p>
        </div>
      </div>
      <div className="flex flex-wrap gap-4 mt-6 print:hidden">
        <PrintButton label={t("handoff.print")} />
        <Link href={prefix} className={buttonClasses.secondary}>
          {t("session.back")}
        </Link>
      </div>
    </>
  );
}
