"use client";
// The kiosk's idle timeout: after 120 s without a touch or a key the session ends and the screen is cleared. The
// last 30 s are shown as a countdown with one large "I'm still here" button, readable in the kiosk's large text.
import { useCallback } from "react";
import { useTranslation } from "@/components/i18n/use-translation";
import { useIdleCountdown } from "@/components/a11y/use-idle-countdown";
import { TimeoutWarning } from "@/components/a11y/timeout-warning";
import { endTerminalSession } from "./end-terminal-session";

export function TerminalIdleGuard({
  locale,
  signedIn,
  idleSeconds,
}: {
  locale: string;
  signedIn: boolean;
  idleSeconds: number;
}) {
  const { t } = useTranslation("window");
  const onExpire = useCallback(() => void endTerminalSession(locale, "idle", signedIn), [locale, signedIn]);
  const { left, reset } = useIdleCountdown({ idleSeconds, warnSeconds: 30, onExpire });
  if (left === null) return null;
  return (
    <TimeoutWarning
      title={t("terminal.idle.title")}
      text={t("terminal.idle.text", { seconds: left })}
      action={t("terminal.idle.stay")}
      onAction={reset}
    />
  );
}
