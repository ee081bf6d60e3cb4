import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { ResetPasswordForm } from "./reset-password-form";
import { ClientStrings } from "@/components/i18n/client-strings";

export async function ResetPasswordView({ locale }: { locale: Locale }) {
  const t = await getT(locale, "account");
  return (
    <div className="max-w-xl">
      <h1 className="text-3xl font-bold mb-3">{t("reset.title")}</h1>
      <p className="text-lg mb-6">{t("reset.intro")}</p>
      <ClientStrings locale={locale} pick={["account", "validation", "auth", "errors"]}>
        <ResetPasswordForm locale={locale} />
      </ClientStrings>
    </div>
  );
}
