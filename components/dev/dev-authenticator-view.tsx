import { notFound } from "next/navigation";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { devAuthenticatorCodes } from "@/lib/auth/second-factor/dev-authenticator-codes";

// Development's stand-in for the staff's authenticator apps: each demo staff account's current code.
export async function DevAuthenticatorView({ locale }: { locale: Locale }) {
  const codes = await devAuthenticatorCodes();
  if (!codes) notFound();
  const t = await getT(locale, "auth");
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("devAuthenticator.title")}</h1>
      <p className="text-lg mb-6">{t("devAuthenticator.intro")}</p>
      <dl className="grid grid-cols-[auto_auto] gap-x-6 gap-y-2 text-xl w-fit">
        {codes.map((c) => (
          <div key={c.staffId} className="contents">
            <dt>
              <bdi dir="ltr">{c.staffId}</bdi>
            </dt>
            <dd className="font-mono">
              <bdi dir="ltr">{c.code}</bdi>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
