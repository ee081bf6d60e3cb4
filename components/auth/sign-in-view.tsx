import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { safeReturnPath } from "@/lib/http/paths";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homeOf } from "@/lib/auth/require-role";
import type { Audience } from "@/lib/auth/audiences";
import { Alert } from "@/components/ui/alert";
import { SignInForm } from "./sign-in-form";
import { ClientStrings } from "@/components/i18n/client-strings";

type Props = { locale: Locale; audience: Audience; searchParams: Record<string, string | string[] | undefined> };

export async function SignInView({ locale, audience, searchParams }: Props) {
  const [t, user] = await Promise.all([getT(locale, "auth"), getCurrentUser()]);
  // No callbackUrl: the form sends the person to their role's home page after signing in.
  const callbackUrl = searchParams.callbackUrl ? safeReturnPath(searchParams.callbackUrl, `/${locale}`) : null;
  const idle = searchParams.reason === "idle";
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold mb-3">{t(`${audience}.title`)}</h1>
      {idle && (
        <Alert tone="info">
          <p className="text-lg">{t("idleSignedOut")}</p>
        </Alert>
      )}
      {user && (
        <Alert tone="info">
          <p className="text-lg">
            <Link href={homeOf(user.role, locale)}>{t("common:nav.account")}</Link>
          </p>
        </Alert>
      )}
      <p className="text-lg mb-6">{t(`${audience}.intro`)}</p>
      {/* keyed: moving between the two sign-in pages client-side must not keep the other form's schema */}
      <ClientStrings locale={locale} pick={["auth", "validation", "account:signedOut"]}>
        <SignInForm key={audience} audience={audience} locale={locale} callbackUrl={callbackUrl} />
      </ClientStrings>
      {audience === "resident" && (
        <ul className="mt-6 space-y-1 text-lg">
          {(
            [
              ["sign-in/code", "codeLink"],
              ["reset-password", "forgotLink"],
              ["register", "registerLink"],
            ] as const
          ).map(([path, key]) => (
            <li key={path}>
              <Link
                href={`/${locale}/${path}${callbackUrl && path !== "reset-password" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}
                className="inline-flex min-h-11 items-center"
              >
                {t(`resident.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-8 text-lg">
        {audience === "resident" ? (
          <Link href={`/${locale}/staff/sign-in`} className="inline-flex min-h-11 items-center">
            {t("resident.staffLink")}
          </Link>
        ) : (
          <Link href={`/${locale}/sign-in`} className="inline-flex min-h-11 items-center">
            {t("staff.residentLink")}
          </Link>
        )}
      </p>
    </div>
  );
}
