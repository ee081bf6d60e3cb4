import Link from "next/link";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { Acting } from "@/lib/applications/acting";
import { getMyBundle } from "@/lib/applications/bundles/get-my-bundle";
import { bundlePath } from "@/lib/applications/paths";
import { formatDate, formatDateTime } from "@/lib/format/dates";
import { buttonClasses } from "@/components/ui/button-classes";
import { PrintButton } from "@/components/application/print-button";
import { WriteBackOffer } from "@/components/application/write-back-offer";
import { getMyApplication } from "@/lib/applications/read/get-my-application";
import { loadProfileSnapshot } from "@/lib/profile/load-profile";
import { writeBackOffers } from "@/lib/profile/write-back";
import { identityNotConfirmed } from "@/lib/profile/registry/registry-match";

// The receipt of a life-event bundle (一件事受理回执): one page for the resident, in Chinese and Uyghur side by side like
// every receipt, listing each member with its own reference, department and promised date. The same in every
// channel; at the window the clerk prints it.
export async function BundleReceiptView({
  locale,
  id,
  acting,
  updated = false,
  conflict = false,
}: {
  locale: Locale;
  id: string;
  acting: Acting;
  updated?: boolean;
  conflict?: boolean;
}) {
  const bundle = await getMyBundle(acting.applicantId, id);
  if (!bundle) notFound();
  // What the resident typed once here is offered back to their profile, as after any application: the first
  // member holds the applicant's facts (each member's answers come from the same shared ones).
  const first = bundle.members[0] ? await getMyApplication(acting.applicantId, bundle.members[0].id) : null;
  const [tp, profile] = await Promise.all([getT(locale, "profile"), loadProfileSnapshot(acting.applicantId)]);
  const offers = first ? writeBackOffers(bundle.members[0]!.service, first.answers, profile) : null;
  const [t, zh, ug, szh, sug] = await Promise.all([
    getT(locale, "bundles"),
    getT("zh", "bundles"),
    getT("ug", "bundles"),
    getT("zh", "services"),
    getT("ug", "services"),
  ]);

  const column = (lng: Locale, tt: typeof zh, ts: typeof szh) => (
    <section lang={lng === "zh" ? "zh-CN" : "ug"} dir={lng === "zh" ? "ltr" : "rtl"} className="min-w-0">
      <h2 className="text-2xl font-bold mb-3">{tt("receipt.title")}</h2>
      <dl className="text-lg space-y-2 mb-4">
        <div>
          <dt className="font-semibold">{tt("receipt.reference")}</dt>
          <dd className="text-2xl font-bold break-all">
            <bdi dir="ltr">{bundle.reference}</bdi>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{tt("receipt.item")}</dt>
          <dd>{bundle.form.title[lng]}</dd>
        </div>
        <div>
          <dt className="font-semibold">{tt("applications:receipt.submittedAt")}</dt>
          <dd>{formatDateTime(bundle.submittedAt, lng)}</dd>
        </div>
      </dl>
      <h3 className="text-xl font-bold mb-2">{tt("receipt.members")}</h3>
      <ol className="space-y-3 text-lg">
        {bundle.members.map((m) => (
          <li key={m.id} className="border-s-4 border-brand-700 ps-4">
            <p className="font-semibold">{m.service.title[lng]}</p>
            <p>
              {tt("receipt.itemReference")}:{" "}
              <strong className="break-all">
                <bdi dir="ltr">{m.reference}</bdi>
              </strong>
            </p>
            <p>
              {tt("receipt.department")}: {ts(`departments.${m.service.department}`)}
            </p>
            <p>
              {tt("receipt.promisedBy")}: {m.promisedBy ? formatDate(m.promisedBy, lng) : ""}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );

  return (
    <>
      <div role="status" className="border-s-4 border-ok bg-ok-bg p-4 mb-6 rounded-e-md print:hidden">
        <h1 className="text-3xl font-bold">{t("receipt.submitted", { count: bundle.members.length })}</h1>
        <p className="text-xl mt-2 break-all">
          {t("receipt.reference")}:{" "}
          <strong>
            <bdi dir="ltr">{bundle.reference}</bdi>
          </strong>
        </p>
      </div>
      <div className="border-2 border-ink rounded-lg p-3 sm:p-6 print:border-0 print:p-0">
        <div className="grid gap-8 md:grid-cols-2 senior:grid-cols-1">
          {column("zh", zh, szh)}
          {column("ug", ug, sug)}
        </div>
        <p className="mt-6 border-t-2 border-line pt-4 text-lg">{t("receipt.trackHint")}</p>
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
      {!updated && !acting.window && offers && first && (
        <WriteBackOffer locale={locale} applicationId={first.id} fields={offers.fields} members={offers.members} />
      )}
      <div className="flex flex-wrap gap-4 mt-6 print:hidden">
        <PrintButton label={t("applications:receipt.print")} />
        {acting.window ? (
          <Link href={acting.prefix} className={buttonClasses.secondary}>
            {t("window:session.back")}
          </Link>
        ) : (
          <Link href={bundlePath(acting, bundle.id)} className={buttonClasses.secondary}>
            {t("receipt.view")}
          </Link>
        )}
      </div>
    </>
  );
}
