import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { formatDate } from "@/lib/format/dates";
import { serviceHall } from "@/lib/site/service-hall";

/** The day this statement was last reviewed (update it with the statement). */
const REVIEWED_ON = "2026-12-01";

// 无障碍声明: the standard we meet, how we test, what we know falls short, and how to tell us.
export async function AccessibilityStatementView({ locale }: { locale: Locale }) {
  const [t, tc] = await Promise.all([getT(locale, "a11y"), getT(locale)]);
  const list = (key: string) => t(key, { returnObjects: true }) as unknown as string[];
  const section = (id: string, items: string[]) => (
    <section aria-labelledby={id} className="mb-8">
      <h2 id={id} className="text-2xl font-bold mb-3">
        {t(`statement.${id}Title`)}
      </h2>
      <ul className="list-disc ps-6 space-y-2 text-lg">
        {items.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
    </section>
  );
  return (
    <>
      <h1 className="text-3xl font-bold mb-4">{t("statement.title")}</h1>
      <p className="text-lg mb-8">{t("statement.intro")}</p>
      {section("standard", list("statement.standard"))}
      {section("test", list("statement.test"))}
      {section("gaps", list("statement.gaps"))}
      <section aria-labelledby="report" className="mb-8">
        <h2 id="report" className="text-2xl font-bold mb-3">
          {t("statement.reportTitle")}
        </h2>
        <p className="text-lg mb-2">{t("statement.report")}</p>
        <p className="text-lg">
          {tc("footer.phoneLabel")}:{" "}
          <a href={`tel:${serviceHall.phone.replace(/\D/g, "")}`}>
            <bdi dir="ltr">{serviceHall.phone}</bdi>
          </a>
        </p>
      </section>
      <p className="text-muted">{t("statement.updated", { date: formatDate(REVIEWED_ON, locale) })}</p>
    </>
  );
}
