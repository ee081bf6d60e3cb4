import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button-classes";
import { SignOutButton } from "./sign-out-button";

export async function SignOutView({ locale }: { locale: Locale }) {
  const [t, user] = await Promise.all([getT(locale, "auth"), getCurrentUser()]);
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold mb-4">{t("signOut.title")}</h1>
      {user ? (
        <>
          <p className="text-lg mb-6">{t("signOut.confirm")}</p>
          <div className="flex flex-wrap gap-4">
            <SignOutButton locale={locale} to={`/${locale}/sign-out`} />
            <Link href={`/${locale}`} className={buttonClasses.secondary}>
              {t("signOut.cancel")}
            </Link>
          </div>
        </>
      ) : (
        <>
          <Alert tone="success">
            <p className="text-lg">{t("signedOut")}</p>
          </Alert>
          <Link href={`/${locale}`} className={buttonClasses.secondary}>
            {t("signOut.cancel")}
          </Link>
        </>
      )}
    </div>
  );
}
