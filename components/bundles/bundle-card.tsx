import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import type { ServiceDef } from "@/lib/form-engine/types";
import { getService } from "@/lib/services";
import { L } from "@/lib/i18n/localized";

type T = (key: string, vars?: Record<string, unknown>) => string;

/** A life-event bundle in the catalogue: its title links to its guide; the line below names what it includes. */
export function BundleCard({ bundle, locale, t }: { bundle: ServiceDef; locale: Locale; t: T }) {
  const items = (bundle.bundle?.members ?? []).map((m) => getService(m.service)?.title[locale] ?? m.label[locale]);
  return (
    <li className="border-2 border-brand-700 bg-brand-50 rounded-lg p-5">
      <h3 className="text-xl font-bold mb-2">
        <Link href={`/${locale}/services/${bundle.slug}`} className="inline-flex min-h-11 items-center">
          {L(bundle.title, locale)}
        </Link>
      </h3>
      <p className="text-lg mb-2">{L(bundle.summary, locale)}</p>
      <p className="text-muted">{t("bundles:catalogue.includes", { items: items.join(t("common:listSeparator")) })}</p>
    </li>
  );
}
