import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import type { ServiceDef } from "@/lib/form-engine/types";
import { L } from "@/lib/i18n/localized";

type T = (key: string, vars?: Record<string, unknown>) => string;

/** One catalogue entry: the title links to the guide. The heading level follows the list's place on the page. */
export function ServiceCard({
  service,
  locale,
  t,
  level,
}: {
  service: ServiceDef;
  locale: Locale;
  t: T;
  level: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <li className="border-2 border-line rounded-lg p-5">
      <Heading className="text-xl font-bold mb-2">
        <Link href={`/${locale}/services/${service.slug}`} className="inline-flex min-h-11 items-center">
          {L(service.title, locale)}
        </Link>
      </Heading>
      <p className="text-lg mb-2">{L(service.summary, locale)}</p>
      <p className="text-muted">
        {t(`departments.${service.department}`)} · {t("catalogue.promised", { days: service.promisedDays })}
      </p>
    </li>
  );
}
