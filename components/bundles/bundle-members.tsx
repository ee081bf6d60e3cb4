import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { getService } from "@/lib/services";
import type { BundleMemberRef } from "@/lib/form-engine/types";

/** The guide of a life-event bundle: every member item, its department and promised time, and when it applies. */
export async function BundleMembers({ locale, members }: { locale: Locale; members: readonly BundleMemberRef[] }) {
  const [t, ts] = await Promise.all([getT(locale, "bundles"), getT(locale, "services")]);
  return (
    <section aria-labelledby="bundle-members" className="my-8">
      <h2 id="bundle-members" className="text-2xl font-bold mb-2">
        {t("guide.members")}
      </h2>
      <p className="text-lg mb-4 max-w-3xl">{t("guide.membersIntro")}</p>
      <ol className="grid gap-3 md:grid-cols-2 senior:grid-cols-1">
        {members.map((m) => {
          const item = getService(m.service);
          if (!item) return null;
          return (
            <li key={m.key} className="border-2 border-line rounded-lg p-4">
              <h3 className="text-xl font-bold mb-1">
                <Link href={`/${locale}/services/${item.slug}`} className="inline-flex min-h-11 items-center">
                  {item.title[locale]}
                </Link>
              </h3>
              <p className="text-lg">
                {t("guide.memberPromised", {
                  department: ts(`departments.${item.department}`),
                  days: item.promisedDays,
                })}
              </p>
              {m.whenText && (
                <p className="text-lg text-muted">{t("guide.onlyWhen", { condition: m.whenText[locale] })}</p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
