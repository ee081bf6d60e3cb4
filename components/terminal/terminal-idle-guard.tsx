"use client";
// The kiosk's idle timeout: after 120 s without a touch or a key the session ends and the screen is cleared. The
// last 30 s are shown as a countdown with one large "I'm still here" button (WCAG 2.2.1: a warning and a one-step
// extension before any time limit), readable in the kiosk's large text.
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { buttonClasses } from "@/components/ui/button-classes";
import { endTerminalSession } from "./end-terminal-session";

const ACTIVITY = ["pointerdown", "keydown", "input", "wheel", "touchstart"] as const;

export function TerminalIdleGuard({ locale, signedIn, idleSeconds, warnSeconds = 30 }: { locale: string; signedIn: boolean; idleSeconds: number; warnSeconds?: number }) {
  const { t } = useTranslation("window");
  const last = useRef(0);
  const [left, setLeft] = useState<number | null>(null);
  const ending = useRef(false);
  const stay = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const touch = () => { last.current = Date.now(); };
    touch();
    for (const e of ACTIVITY) window.addEventListener(e, touch, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      const remaining = Math.ceil(idleSeconds - (Date.now() - last.current) / 1000);
      if (remaining <= 0 && !ending.current) {
        ending.current = true;
        void endTerminalSession(locale, "idle", signedIn);
      }
      setLeft(remaining <= warnSeconds ? Math.max(0, remaining) : null);
    }, 1000);
    return () => {
      for (const e of ACTIVITY) window.removeEventListener(e, touch, { capture: true });
      window.clearInterval(timer);
    };
  }, [locale, signedIn, idleSeconds, warnSeconds]);

  const warning = left !== null;
  useEffect(() => {
    if (warning) stay.current?.focus();
  }, [warning]);

  if (!warning) return null;
  return (
    <div role="alertdialog" aria-labelledby="idle-title" aria-describedby="idle-text" className="fixed inset-x-0 bottom-0 z-50 border-t-4 border-danger bg-white p-6 shadow-2xl">
      <div className="mx-auto max-w-5xl">
        <h2 id="idle-title" className="text-3xl font-bold mb-2">{t("terminal.idle.title")}</h2>
        <p id="idle-text" className="text-xl mb-4">{t("terminal.idle.text", { seconds: left })}</p>
        <button ref={stay} type="button" className={buttonClasses.primary} onClick={() => { last.current = Date.now(); setLeft(null); }}>
          {t("terminal.idle.stay")}
        </button>
      </div>
    </div>
  );
}
