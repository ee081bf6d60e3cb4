import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import { Alert } from "@/components/ui/alert";
import { TerminalSignIn } from "./terminal-sign-in";

// The kiosk's start screen. It is also where a timed-out or finished session lands, saying so.
export async function TerminalView({ locale, reason }: { locale: Locale; reason?: "idle" | "finished" }) {
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
      <TerminalSignIn locale={locale} />
    </>
  );
}
