import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { findResident, lookupKindOf } from "@/lib/window/find-resident";
import { openSessionAction } from "@/lib/window/actions/window-actions";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-classes";
import { FocusOnLoad } from "@/components/ui/focus-on-load";
import { LookupForm } from "./lookup-form";

// The answer to a lookup, before consent: only that such a resident exists. Nothing of their profile is read here.
export async function LookupResultView({ locale, query }: { locale: Locale; query: string }) {
  await requireRole(locale, ["clerk"], `/${locale}/clerk/residents`);
  const t = await getT(locale, "window");
  const kind = lookupKindOf(query);
  const found = kind ? await findResident(query) : null;
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("lookup.resultTitle")}</h1>
      <LookupForm locale={locale} query={query} />
      {!kind && query && (
        <Alert tone="error" live>
          <p className="text-lg">{t("lookup.badQuery")}</p>
        </Alert>
      )}
      {kind && !found && (
        <Alert tone="info" live>
          <p className="text-lg mb-3">{t("lookup.notFound")}</p>
          <Link href={`/${locale}/clerk/register`} className={buttonClasses.secondary}>
            {t("register.open")}
          </Link>
        </Alert>
      )}
      {found && (
        <section aria-labelledby="found-h" className="border-2 border-line rounded-lg p-4 mb-6">
          <h2 id="found-h" className="text-2xl font-bold mb-2">
            {t("lookup.found")}
          </h2>
          <p className="text-lg mb-4">{t("lookup.consentFirst")}</p>
          <form action={openSessionAction}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="q" value={query} />
            <button id="serve" type="submit" className={buttonClasses.primary}>
              {t("lookup.serve")}
            </button>
            <FocusOnLoad id="serve" />
          </form>
        </section>
      )}
      <p>
        <Link href={`/${locale}/clerk`} className="inline-flex min-h-11 items-center text-lg">
          {t("workspace.back")}
        </Link>
      </p>
    </>
  );
}
