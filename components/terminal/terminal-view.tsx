import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { Alert } from "@/components/ui/alert";
import { TerminalSignIn } from "./terminal-sign-in";
import { ClientStrings } from "@/components/i18n/client-strings";

// The kiosk's start screen. It is also where a timed-out or finished session lands, saying so.
// A browser that is not a registered kiosk is told so instead of getting a form that would refuse every code.
export async function TerminalView({
  locale,
  reason,
  registered,
}: {
  locale: Locale;
  reason?: "idle" | "finished";
  registered: boolean;
}) {
  const t = await getT(locale, "window");
  return (
    <>
      <h1 className="text-3xl font-bold mb-3">{t("terminal.title")}</h1>
      {reason && (
        <Alert tone="info" live>
          <p className="text-lg">{t(reason === "idle" ? "terminal.idle.ended" : "terminal.finished")}</p>
        </Alert>
      )}
      <p className="text-lg mb-6 max-w-3xl">{t("terminal.intro")}</p>
      {registered ? (
        <ClientStrings locale={locale} pick={["window", "errors", "validation", "auth", "account"]}>
          <TerminalSignIn locale={locale} />
        </ClientStrings>
      ) : (
        <Alert tone="info">
          <p className="text-lg">{t("terminal.notRegistered")}</p>
          <p className="text-lg">
            <Link href={`/${locale}/terminal/enrol`} className="underline">
              {t("terminal.enrol.title")}
            </Link>
          </p>
        </Alert>
      )}
    </>
  );
}
