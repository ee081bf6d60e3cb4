import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import Link from "next/link";
import { serviceHall } from "@/lib/site/service-hall";

// Help that a person can reach, on every page (WCAG 3.2.6 consistent help; MIIT ageing-friendly rules).
export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, ta] = await Promise.all([getT(locale), getT(locale, "a11y")]);
  return (
    <footer className="mt-12 border-t-4 border-brand-700 bg-brand-50 print:hidden">
      <section aria-labelledby="footer-help" className="mx-auto max-w-5xl px-4 py-6 text-lg">
        <h2 id="footer-help" className="text-xl font-bold mb-2">
          {t("footer.label")}
        </h2>
        <p className="mb-2">{t("footer.help")}</p>
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">{t("footer.phoneLabel")}</dt>
          <dd>
            <a href={`tel:${serviceHall.phone.replace(/\D/g, "")}`}>
              <bdi dir="ltr">{serviceHall.phone}</bdi>
            </a>
          </dd>
          <dt className="font-semibold">{t("footer.addressLabel")}</dt>
          <dd>{t("footer.address")}</dd>
          <dt className="font-semibold">{t("footer.hoursLabel")}</dt>
          <dd>
            {t("footer.hoursDays")}{" "}
            <bdi dir="ltr" className="inline-block">
              {serviceHall.hours}
            </bdi>
          </dd>
        </dl>
        <p className="mt-4">
          <Link href={`/${locale}/accessibility`}>{ta("statement.link")}</Link>
        </p>
        <p className="mt-2 text-muted">{t("footer.owner")}</p>
      </section>
    </footer>
  );
}
