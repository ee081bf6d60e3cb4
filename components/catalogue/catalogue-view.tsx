import Link from "next/link";
import { currentTextSize } from "@/lib/preferences/current-text-size";
import { splitMostUsed } from "@/lib/services/most-used";
import { ServiceCard } from "./service-card";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { bundles, services } from "@/lib/services";
import { BundleCard } from "@/components/bundles/bundle-card";
import { searchCatalogue } from "@/lib/services/search-catalogue";
import type { DepartmentId, LifeEvent, ServiceDef } from "@/lib/form-engine/types";
import { buttonClasses } from "@/components/ui/button-classes";

const lifeEvents: LifeEvent[] = [
  "birth",
  "old-age",
  "work",
  "low-income",
  "disability",
  "moving-here",
  "business",
  "health",
];

type Params = Record<string, string | string[] | undefined>;

// The catalogue: a plain GET form (search words, life event, department), so it works without JavaScript and every
// result list has its own shareable address.
export async function CatalogueView({ locale, searchParams }: { locale: Locale; searchParams: Params }) {
  const [t, { textSize }] = await Promise.all([getT(locale, "services"), currentTextSize(locale)]);
  const senior = textSize === "large";
  const q = typeof searchParams.q === "string" ? searchParams.q.slice(0, 50) : "";
  const event = lifeEvents.find((e) => e === searchParams.event);
  const departments = [
    ...new Set(services.flatMap((s) => [s.department, ...(s.coDepartments ?? [])])),
  ] as DepartmentId[];
  const dept = departments.find((d) => d === searchParams.dept);
  const results = searchCatalogue(services, { q, lifeEvent: event, department: dept });
  // Life-event bundles (一件事一次办) come first: under their life event, a family does the event in one go.
  const bundleResults = searchCatalogue(bundles, { q, lifeEvent: event, department: dept });
  const filtered = Boolean(q || event || dept);

  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("catalogue.title")}</h1>
      <p className="text-lg mb-6">{t("catalogue.intro")}</p>
      <form method="get" role="search" className="mb-8 border-2 border-line rounded-lg p-4 bg-brand-50">
        <label htmlFor="catalogue-q" className="block font-semibold text-lg">
          {t("catalogue.searchLabel")}
        </label>
        <p id="catalogue-q-hint" className="text-muted mb-2">
          {t("catalogue.searchHint")}
        </p>
        <div className="flex flex-wrap gap-3 mb-4">
          <input
            id="catalogue-q"
            name="q"
            type="search"
            defaultValue={q}
            aria-describedby="catalogue-q-hint"
            className="min-h-11 flex-1 min-w-0 basis-60 px-3 text-lg border-2 border-ink rounded-md bg-white"
          />
          <button type="submit" className={buttonClasses.primary}>
            {t("catalogue.searchButton")}
          </button>
        </div>
        <div className="flex flex-wrap gap-4 items-end">
          <div className="w-full sm:w-auto min-w-0">
            <label htmlFor="catalogue-event" className="block font-semibold">
              {t("catalogue.lifeEvent")}
            </label>
            <select
              id="catalogue-event"
              name="event"
              defaultValue={event ?? ""}
              className="min-h-11 px-2 text-lg border-2 border-ink rounded-md bg-white w-full sm:w-auto max-w-full"
            >
              <option value="">{t("catalogue.all")}</option>
              {lifeEvents.map((e) => (
                <option key={e} value={e}>
                  {t(`lifeEvents.${e}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="w-full sm:w-auto min-w-0">
            <label htmlFor="catalogue-dept" className="block font-semibold">
              {t("catalogue.department")}
            </label>
            <select
              id="catalogue-dept"
              name="dept"
              defaultValue={dept ?? ""}
              className="min-h-11 px-2 text-lg border-2 border-ink rounded-md bg-white w-full sm:w-auto max-w-full"
            >
              <option value="">{t("catalogue.all")}</option>
              {departments.map((d) => (
                <option key={d} value={d}>
                  {t(`departments.${d}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClasses.secondary}>
            {t("catalogue.apply")}
          </button>
          {filtered && (
            <Link href={`/${locale}/services`} className="inline-flex min-h-11 items-center text-lg">
              {t("catalogue.clear")}
            </Link>
          )}
        </div>
      </form>
      {bundleResults.length > 0 && (
        <section aria-labelledby="catalogue-bundles" className="mb-8">
          <h2 id="catalogue-bundles" className="text-2xl font-bold mb-2">
            {t("bundles:catalogue.heading")}
          </h2>
          <p className="text-lg mb-4">{t("bundles:catalogue.intro")}</p>
          <ul className="grid gap-4 md:grid-cols-2 senior:grid-cols-1">
            {bundleResults.map((b) => (
              <BundleCard key={b.slug} bundle={b} locale={locale} t={t} />
            ))}
          </ul>
        </section>
      )}
      <p role="status" className="text-lg font-semibold mb-4">
        {t("catalogue.results", { count: results.length })}
      </p>
      {results.length === 0 ? (
        <p className="text-lg">{t("catalogue.none")}</p>
      ) : senior && !filtered ? (
        <SeniorCatalogue results={results} locale={locale} t={t} />
      ) : (
        <ul className="grid gap-4 md:grid-cols-2 senior:grid-cols-1">
          {results.map((s) => (
            <ServiceCard key={s.slug} service={s} locale={locale} t={t} level={2} />
          ))}
        </ul>
      )}
    </>
  );
}

// Senior mode, nothing searched yet: fewer items per screen. The hall's most-used items first, one column, and the
// rest behind a "more" disclosure (a native <details>, so it works without JavaScript and keeps its state).
function SeniorCatalogue({
  results,
  locale,
  t,
}: {
  results: ServiceDef[];
  locale: Locale;
  t: Awaited<ReturnType<typeof getT>>;
}) {
  const { mostUsed, more } = splitMostUsed(results);
  return (
    <>
      <h2 className="text-2xl font-bold mb-4">{t("catalogue.mostUsed")}</h2>
      <ul className="grid gap-4 mb-6">
        {mostUsed.map((s) => (
          <ServiceCard key={s.slug} service={s} locale={locale} t={t} level={3} />
        ))}
      </ul>
      {more.length > 0 && (
        <details className="group border-2 border-brand-700 rounded-lg">
          <summary className="flex items-center gap-3 p-4 cursor-pointer font-bold text-xl text-brand-700">
            {/* Points forward (mirrored in Uyghur) when closed, down when open; the heading is the label. */}
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="size-7 shrink-0 rtl:-scale-x-100 group-open:rotate-90 rtl:group-open:-rotate-90 motion-safe:transition-transform"
            >
              <path
                d="M9 5l7 7-7 7"
                fill="none"
                stroke="currentColor"
                strokeWidth="3"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
            <h2 className="text-xl font-bold">{t("catalogue.more", { count: more.length })}</h2>
          </summary>
          <ul className="grid gap-4 p-4 pt-0">
            {more.map((s) => (
              <ServiceCard key={s.slug} service={s} locale={locale} t={t} level={3} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
