import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { readPendingSignIn } from "@/lib/auth/second-factor/pending-sign-in";
import { Alert } from "@/components/ui/alert";
import { SecondFactorForm } from "./second-factor-form";
import { ClientStrings } from "@/components/i18n/client-strings";

// The second step of a staff sign-in. Without a password step in the last five minutes there is nothing to confirm:
// the page says so and links back to it.
export async function SecondFactorView({ locale }: { locale: Locale }) {
  const [t, pending] = await Promise.all([getT(locale, "auth"), readPendingSignIn()]);
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold mb-3">{t("secondFactor.title")}</h1>
      {pending ? (
        <>
          <p className="text-lg mb-6">{t("secondFactor.intro")}</p>
          <ClientStrings locale={locale} pick={["account", "validation", "auth", "errors"]}>
            <SecondFactorForm locale={locale} />
          </ClientStrings>
          <p className="mt-6 text-lg">{t("secondFactor.lost")}</p>
        </>
      ) : (
        <Alert tone="info">
          <p className="text-lg">{t("secondFactor.expired")}</p>
        </Alert>
      )}
      <p className="mt-8 text-lg">
        <Link href={`/${locale}/staff/sign-in`} className="inline-flex min-h-11 items-center">
          {t("secondFactor.restart")}
        </Link>
      </p>
    </div>
  );
}
