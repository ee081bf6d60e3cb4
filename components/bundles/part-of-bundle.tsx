import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { getService } from "@/lib/services";
import { bundlePath } from "@/lib/applications/paths";

/** On a bundle member's own page: which bundle it belongs to, and the way to every member's progress. */
export async function PartOfBundle({ locale, bundleId, slug }: { locale: Locale; bundleId: string; slug: string }) {
  const t = await getT(locale, "bundles");
  const title = getService(slug)?.title[locale] ?? slug;
  return (
    <p className="border-s-4 border-brand-700 bg-brand-50 p-3 mb-6 rounded-e-md text-lg">
      {t("view.partOf", { bundle: title })}{" "}
      <Link href={bundlePath({ locale }, bundleId)} className="inline-flex min-h-11 items-center font-semibold">
        {t("view.viewBundle")}
      </Link>
    </p>
  );
}
