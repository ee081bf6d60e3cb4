import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { safeReturnPath } from "@/lib/http/paths";
import { meetsAssurance } from "@/lib/accounts/assurance";
import { Alert } from "@/components/ui/alert";
import { RealNameForm } from "./real-name-form";
import { ClientStrings } from "@/components/i18n/client-strings";

type Props = { locale: Locale; searchParams: Record<string, string | string[] | undefined> };

// Real-name verification (实名认证): the second step of registration, or later from the account page.
export async function RealNameView({ locale, searchParams }: Props) {
  const user = await requireRole(locale, ["resident"], `/${locale}/account/verify`);
  const [t, tc] = await Promise.all([getT(locale, "account"), getT(locale)]);
  const next = searchParams.next ? safeReturnPath(searchParams.next, `/${locale}/account`) : "";
  const done = meetsAssurance(user.assurance, "registry");
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold mb-3">{t("verify.title")}</h1>
      {searchParams.new === "1" && (
        <Alert tone="success">
          <p className="text-lg">{t("verify.welcome")}</p>
        </Alert>
      )}
      {done ? (
        <p className="text-lg">{t("verify.done")}</p>
      ) : (
        <>
          <p className="text-lg mb-6">{t("verify.intro")}</p>
          <ClientStrings locale={locale} pick={["account", "validation", "auth", "errors"]}>
            <RealNameForm locale={locale} next={next} />
          </ClientStrings>
        </>
      )}
      <p className="mt-8 text-lg">
        <Link href={next || `/${locale}/account`} className="inline-flex min-h-11 items-center">
          {done ? tc("account.title") : t("verify.later")}
        </Link>
      </p>
    </div>
  );
}
