import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { safeReturnPath } from "@/lib/http/paths";
import { PhoneCodeForm } from "./phone-code-form";
import { ClientStrings } from "@/components/i18n/client-strings";

type Props = {
  locale: Locale;
  flow: "sign-in" | "register";
  searchParams: Record<string, string | string[] | undefined>;
};

export async function PhoneCodeView({ locale, flow, searchParams }: Props) {
  const t = await getT(locale, "account");
  const next = searchParams.callbackUrl ? safeReturnPath(searchParams.callbackUrl, `/${locale}/account`) : "";
  const page = flow === "register" ? "register" : "signInCode";
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold mb-3">{t(`${page}.title`)}</h1>
      <p className="text-lg mb-6">{t(`${page}.intro`)}</p>
      <ClientStrings locale={locale} pick={["account", "validation", "auth", "errors"]}>
        <PhoneCodeForm locale={locale} flow={flow} next={next} />
      </ClientStrings>
      <p className="mt-8 text-lg">
        <Link href={`/${locale}/sign-in`} className="inline-flex min-h-11 items-center">
          {flow === "register" ? t("register.signInLink") : t("signInCode.passwordLink")}
        </Link>
      </p>
    </div>
  );
}
