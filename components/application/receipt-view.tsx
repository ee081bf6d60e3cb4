import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import QRCode from "qrcode";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { identityNotConfirmed } from "@/lib/profile/registry/registry-match";
import { getService } from "@/lib/services";
import type { Acting } from "@/lib/applications/acting";
import { getMyApplication } from "@/lib/applications/read/get-my-application";
import { trackingUrl } from "@/lib/applications/read/tracking-url";
import { maskIdNumber } from "@/lib/format/mask";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { fieldKinds } from "@/lib/form-engine/field-kinds/field-schema";
import { buttonClasses } from "@/components/ui/button-classes";
import { PrintButton } from "./print-button";
import { WriteBackOffer } from "./write-back-offer";
import { loadProfileSnapshot } from "@/lib/profile/load-profile";
import { writeBackOffers } from "@/lib/profile/write-back";
import { langOfTyped } from "@/lib/i18n/text-lang";
import { ReadAloud } from "@/components/a11y/read-aloud";
import { ClientStrings } from "@/components/i18n/client-strings";
import { TerminalRating, type TerminalRatingNotice } from "@/components/terminal/terminal-rating";

// 受理回执: the official acknowledgement, Chinese and Uyghur side by side, printable on one page. The same receipt
// online, at the terminal and at the window (where the clerk prints it for the resident).
export async function ReceiptView({
  locale,
  id,
  updated = false,
  conflict = false,
  acting,
  rating,
}: {
  locale: Locale;
  id: string;
  updated?: boolean;
  conflict?: boolean;
  acting: Acting;
  /** At the terminal: the outcome of the rating form (components/terminal/terminal-rating.tsx). */
  rating?: TerminalRatingNotice;
}) {
  const app = await getMyApplication(acting.applicantId, id);
  if (!app) notFound();
  const service = getService(app.serviceSlug);
  if (!service) notFound();
  if (app.status === "draft" || !app.reference || !app.submittedAt)
    redirect(`${acting.prefix}/services/${app.serviceSlug}/apply`);

  const [t, zh, ug] = await Promise.all([
    getT(locale, "applications"),
    getT("zh", "applications"),
    getT("ug", "applications"),
  ]);
  const [services_zh, services_ug] = await Promise.all([getT("zh", "services"), getT("ug", "services")]);
  const url = await trackingUrl(locale, app.reference);
  const [tp, profile] = await Promise.all([getT(locale, "profile"), loadProfileSnapshot(acting.applicantId)]);
  const offers = writeBackOffers(service, app.answers, profile);
  const qr = await QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" });

  const fileFields = service.steps.flatMap((s) => s.fields).filter((f) => f.kind === "file");
  const received = service.materials.filter((m) =>
    fileFields.some((f) => f.kind === "file" && f.material === m.id && !fieldKinds.file.isEmpty(app.answers[f.name])),
  );
  const pending = app.pendingMaterials.map((p) => ({
    ...p,
    title: service.materials.find((m) => m.id === p.material)?.title,
  }));
  const name = String(app.answers.applicantName ?? "");
  const idNumber = typeof app.answers.applicantIdNumber === "string" ? maskIdNumber(app.answers.applicantIdNumber) : "";

  const column = (lng: Locale, tt: typeof zh, ts: typeof services_zh) => (
    <section lang={lng === "zh" ? "zh-CN" : "ug"} dir={lng === "zh" ? "ltr" : "rtl"} className="min-w-0">
      <h2 className="text-2xl font-bold mb-3">{tt("receipt.title")}</h2>
      <dl className="text-lg space-y-2">
        <div>
          <dt className="font-semibold">{tt("receipt.reference")}</dt>
          <dd className="text-2xl font-bold break-all">
            <bdi dir="ltr">{app.reference}</bdi>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{tt("receipt.service")}</dt>
          <dd>{service.title[lng]}</dd>
        </div>
        <div>
          <dt className="font-semibold">{tt("receipt.applicant")}</dt>
          <dd>
            <bdi lang={langOfTyped(name)}>{name}</bdi>
          </dd>
        </div>
        {idNumber && (
          <div>
            <dt className="font-semibold">{tt("receipt.idNumber")}</dt>
            <dd>
              <bdi dir="ltr">{idNumber}</bdi>
            </dd>
          </div>
        )}
        <div>
          <dt className="font-semibold">{tt("receipt.submittedAt")}</dt>
          <dd>{formatDateTime(app.submittedAt!, lng)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{tt("receipt.promisedBy")}</dt>
          <dd>{app.promisedBy ? formatDate(app.promisedBy, lng) : ""}</dd>
        </div>
        <div>
          <dt className="font-semibold">{tt("receipt.department")}</dt>
          <dd>{ts(`departments.${service.department}`)}</dd>
        </div>
        <div>
          <dt className="font-semibold">{tt("receipt.materialsReceived")}</dt>
          <dd>
            {received.length ? (
              <ul className="list-disc ps-6">
                {received.map((m) => (
                  <li key={m.id}>{m.title[lng]}</li>
                ))}
              </ul>
            ) : (
              tt("receipt.none")
            )}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{tt("receipt.materialsPending")}</dt>
          <dd>
            {pending.length ? (
              <ul className="list-disc ps-6">
                {pending.map((p) => (
                  <li key={p.material}>
                    {p.title?.[lng]} · {tt("receipt.dueBy", { date: formatDate(p.dueBy, lng) })}
                  </li>
                ))}
              </ul>
            ) : (
              tt("receipt.none")
            )}
          </dd>
        </div>
      </dl>
    </section>
  );

  return (
    <>
      <div role="status" className="border-s-4 border-ok bg-ok-bg p-4 mb-6 rounded-e-md print:hidden">
        <h1 className="text-3xl font-bold">{t("receipt.submitted")}</h1>
        <p className="text-xl mt-2 break-all">
          {t("receipt.reference")}:{" "}
          <strong>
            <bdi dir="ltr">{app.reference}</bdi>
          </strong>
        </p>
      </div>
      <ClientStrings locale={locale} pick={["a11y:readAloud"]}>
        <ReadAloud />
      </ClientStrings>
      <div className="border-2 border-ink rounded-lg p-3 sm:p-6 print:border-0 print:p-0">
        <div className="grid gap-8 md:grid-cols-2 senior:grid-cols-1">
          {column("zh", zh, services_zh)}
          {column("ug", ug, services_ug)}
        </div>
        <div className="mt-6 flex flex-wrap items-center gap-6 border-t-2 border-line pt-4">
          <div
            className="size-36 shrink-0"
            role="img"
            aria-label={t("receipt.qr")}
            dangerouslySetInnerHTML={{ __html: qr }}
          />
          <div className="text-lg">
            <p className="font-semibold">{t("receipt.qr")}</p>
            <p>{t("receipt.trackHint")}</p>
          </div>
        </div>
        <p className="mt-4 text-muted">{t("receipt.bilingualNote")}</p>
      </div>
      {updated && (
        <div role="status" className="border-s-4 border-ok bg-ok-bg p-4 my-4 rounded-e-md text-lg print:hidden">
          {tp("writeBack.updated")}
        </div>
      )}
      {conflict && (
        <div role="alert" className="border-s-4 border-danger bg-danger-bg p-4 my-4 rounded-e-md text-lg print:hidden">
          {tp(identityNotConfirmed)}
        </div>
      )}
      {acting.channel === "terminal" && app.channel === "terminal" && (
        <TerminalRating locale={locale} residentId={acting.applicantId} applicationId={app.id} notice={rating} />
      )}
      {!updated && !acting.window && (
        <WriteBackOffer locale={locale} applicationId={app.id} fields={offers.fields} members={offers.members} />
      )}
      <div className="flex flex-wrap gap-4 mt-6 print:hidden">
        <PrintButton label={t("receipt.print")} />
        {acting.window ? (
          <Link href={acting.prefix} className={buttonClasses.secondary}>
            {t("window:session.back")}
          </Link>
        ) : (
          <Link href={`/${locale}/applications`} className={buttonClasses.secondary}>
            {t("receipt.myApplications")}
          </Link>
        )}
      </div>
    </>
  );
}
