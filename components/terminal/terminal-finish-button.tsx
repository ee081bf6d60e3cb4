"use client";
import { useTranslation } from "@/components/i18n/use-translation";
import { endTerminalSession } from "./end-terminal-session";

export function TerminalFinishButton({ locale }: { locale: string }) {
  const { t } = useTranslation("window");
  return (
    <button
      type="button"
      onClick={() => void endTerminalSession(locale, "finished", true)}
      className="inline-flex items-center min-h-11 px-3 py-2 text-white font-bold underline decoration-2 cursor-pointer"
    >
      {t("terminal.finish")}
    </button>
  );
}
