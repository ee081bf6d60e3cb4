import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { EnrolForm } from "./enrol-form";
import { ClientStrings } from "@/components/i18n/client-strings";

// Where a new hall kiosk is enrolled once, with the key an admin issued (staff admin → hall terminals).
export async function TerminalEnrolView({ locale }: { locale: Locale }) {
  const t = await getT(locale, "window");
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("terminal.enrol.title")}</h1>
      <p className="text-lg mb-6 max-w-3xl">{t("terminal.enrol.intro")}</p>
      <ClientStrings locale={locale} pick={["window", "errors", "validation"]}>
        <EnrolForm locale={locale} />
      </ClientStrings>
    </>
  );
}
