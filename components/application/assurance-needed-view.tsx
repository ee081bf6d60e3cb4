import Link from "next/link";
import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import type { AssuranceLevel } from "@/lib/accounts/assurance";
import { getT } from "@/lib/i18n/server";
import { L } from "@/lib/i18n/localized";
import { getService } from "@/lib/services";
import { applyPath, servicePath } from "@/lib/applications/paths";
import { serviceHall } from "@/lib/site/service-hall";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-classes";

// The start page when the item needs more certainty about who the resident is than their account has (the use case
// said "assurance"): what is missing and how to get it, in plain words, instead of the form. Real-name verification
// is done online; an in-person check needs the ID card at a service hall window, so the hall's address and hours
// are given here rather than only in the footer.
export async function AssuranceNeededView({
  locale,
  slug,
  need,
  have,
}: {
  locale: Locale;
  slug: string;
  need: AssuranceLevel;
  have: AssuranceLevel;
}) {
  const service = getService(slug);
  if (!service) notFound();
  const [t, tc] = await Promise.all([getT(locale, "applications"), getT(locale)]);
  return (
    <article className="max-w-3xl">
      <p className="text-muted text-lg">{L(service.title, locale)}</p>
      <h1 className="text-3xl font-bold mb-3">{t("assurance.title")}</h1>
      <Alert tone="info" live>
        <p className="text-lg">{t(`assurance.why.${need}`)}</p>
      </Alert>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr] text-lg mb-8">
        <dt className="font-semibold">{t("assurance.needLabel")}</dt>
        <dd>{t(`assurance.level.${need}`)}</dd>
        <dt className="font-semibold">{t("assurance.haveLabel")}</dt>
        <dd>{t(`account:assurance.${have}`)}</dd>
      </dl>
      <section aria-labelledby="assurance-how" className="mb-8">
        <h2 id="assurance-how" className="text-2xl font-bold mb-3">
          {t("assurance.howTitle")}
        </h2>
        {need === "in_person" ? (
          <InPerson t={t} tc={tc} />
        ) : (
          <Online t={t} locale={locale} back={applyPath({ locale }, slug)} />
        )}
      </section>
      <Link href={servicePath({ locale }, slug)} className={buttonClasses.secondary}>
        {t("assurance.back")}
      </Link>
    </article>
  );
}

type T = Awaited<ReturnType<typeof getT>>;

function Online({ t, locale, back }: { t: T; locale: Locale; back: string }) {
  return (
    <>
      <p className="text-lg mb-4">{t("assurance.online.text")}</p>
      {/* The account's own verification page (lib/accounts) raises the level to "registry", then comes back here. */}
      <Link
        href={`/${locale}/account/verify?next=${encodeURIComponent(back)}`}
        className={`${buttonClasses.primary} text-lg`}
      >
        {t("assurance.online.link")}
      </Link>
    </>
  );
}

function InPerson({ t, tc }: { t: T; tc: T }) {
  return (
    <>
      <ol className="list-decimal ps-6 text-lg space-y-2 mb-4">
        <li>{t("assurance.inPerson.step1")}</li>
        <li>{t("assurance.inPerson.step2")}</li>
        <li>{t("assurance.inPerson.step3")}</li>
      </ol>
      <p className="text-lg mb-4">{t("assurance.inPerson.after")}</p>
      <h3 className="text-xl font-bold mb-2">{t("assurance.inPerson.where")}</h3>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr] text-lg">
        <dt className="font-semibold">{tc("footer.addressLabel")}</dt>
        <dd>{tc("footer.address")}</dd>
        <dt className="font-semibold">{tc("footer.hoursLabel")}</dt>
        <dd>
          {tc("footer.hoursDays")}{" "}
          <bdi dir="ltr" className="inline-block">
            {serviceHall.hours}
          </bdi>
        </dd>
        <dt className="font-semibold">{tc("footer.phoneLabel")}</dt>
        <dd>
          <a href={`tel:${serviceHall.phone.replace(/\D/g, "")}`}>
            <bdi dir="ltr">{serviceHall.phone}</bdi>
          </a>
        </dd>
      </dl>
    </>
  );
}
