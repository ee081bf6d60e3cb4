import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { requireRole } from "@/lib/auth/require-role";
import { RegisterForm } from "./register-form";
import { ClientStrings } from "@/components/i18n/client-strings";

export async function RegisterView({ locale }: { locale: Locale }) {
  await requireRole(locale, ["clerk"], `/${locale}/clerk/register`);
  const t = await getT(locale, "window");
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("register.title")}</h1>
      <p className="text-lg mb-6 max-w-3xl">{t("register.intro")}</p>
      <ClientStrings locale={locale} pick={["window", "validation", "profile", "errors"]}>
        <RegisterForm locale={locale} />
      </ClientStrings>
      <p className="mt-6">
        <Link href={`/${locale}/clerk`} className="inline-flex min-h-11 items-center text-lg">
          {t("workspace.back")}
        </Link>
      </p>
    </>
  );
}
