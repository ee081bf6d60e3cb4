"use client";
import { useTranslation } from "@/components/i18n/use-translation";
import { buttonClasses } from "@/components/ui/button-classes";

export type SummaryRow = { name: string; label: string; value: string; source: string; ltr: boolean; lang?: string };

// A step whose answers all came from the profile: the answers to confirm (identifiers masked, each with where it
// came from) instead of fields to retype, and a link that opens the same step's fields to change them.
export function PrefilledSummary({ rows, changeHref }: { rows: SummaryRow[]; changeHref: string }) {
  const { t } = useTranslation("form");
  return (
    <section aria-labelledby="prefilled-summary" className="border-2 border-ok rounded-lg p-4 sm:p-6 mb-6">
      <h2 id="prefilled-summary" className="text-2xl font-bold mb-2">
        {t("summary.title")}
      </h2>
      <p className="text-lg mb-4">{t("summary.intro")}</p>
      <dl className="border-t-2 border-line mb-4">
        {rows.map((r) => (
          <div
            key={r.name}
            className="grid gap-1 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] py-3 border-b-2 border-line text-lg"
          >
            <dt className="font-semibold">{r.label}</dt>
            <dd className="min-w-0 break-words">
              <bdi dir={r.ltr ? "ltr" : undefined} lang={r.lang}>
                {r.value}
              </bdi>
              {r.source && <span className="block text-muted">{r.source}</span>}
            </dd>
          </div>
        ))}
      </dl>
      <a href={changeHref} className={buttonClasses.secondary}>
        {t("summary.change")}
      </a>
    </section>
  );
}
