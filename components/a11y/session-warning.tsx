"use client";
// Sessions end after 30 minutes idle (lib/auth/session-cookie.ts): staff, and residents online. Two minutes before,
// this warns and offers one button to stay signed in (WCAG 2.2.1). Activity on the page counts: while someone types
// in a long form, the server is told at most once a minute, so the server's idle clock and this one agree.
// When the warning appears, and again when time is up, the page is told (SESSION_ENDING): a step form keeps what was
// typed (draft-rescue.ts) and tries to save it; after signing in again the person is back on the same page.
import { useCallback, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "@/components/i18n/use-translation";
import { useIdleCountdown } from "./use-idle-countdown";
import { TimeoutWarning } from "./timeout-warning";
import { signInUrl } from "@/lib/http/paths";
import type { Locale } from "@/lib/i18n/config";
import { isolate } from "@/lib/i18n/bidi";

const KEEPALIVE_MS = 60_000;
/** The window event a page listens to, to keep its typed values before the session ends. */
export const SESSION_ENDING = "portal:session-ending";

type Props = { locale: Locale; idleSeconds: number; audience: "resident" | "staff" };

export function SessionWarning({ locale, idleSeconds, audience }: Props) {
  const { t } = useTranslation("a11y");
  const lastPing = useRef(0);
  const router = useRouter();
  // Any request through the proxy refreshes the session's activity time; the keepalive route renders nothing.
  const ping = useCallback(() => {
    lastPing.current = Date.now();
    void fetch(`/${locale}/keepalive`, { cache: "no-store", credentials: "same-origin" }).catch(() => {});
  }, [locale]);
  const onActive = useCallback(() => {
    if (Date.now() - lastPing.current > KEEPALIVE_MS) ping();
  }, [ping]);
  const onExpire = useCallback(() => {
    window.dispatchEvent(new Event(SESSION_ENDING));
    const back = window.location.pathname + window.location.search;
    router.push(signInUrl(locale, audience, back, "idle"));
  }, [locale, router, audience]);
  const { left, reset } = useIdleCountdown({ idleSeconds, warnSeconds: 120, onExpire, onActive });
  const warning = left !== null;
  useEffect(() => {
    if (warning) window.dispatchEvent(new Event(SESSION_ENDING));
  }, [warning]);
  if (left === null) return null;
  const minutes = Math.floor(left / 60);
  const seconds = left % 60;
  return (
    <TimeoutWarning
      title={t("sessionWarning.title")}
      text={t(audience === "resident" ? "sessionWarning.residentText" : "sessionWarning.text", {
        time: isolate(`${minutes}:${String(seconds).padStart(2, "0")}`),
      })}
      action={t(audience === "resident" ? "sessionWarning.residentExtend" : "sessionWarning.extend")}
      onAction={() => {
        ping();
        reset();
      }}
    />
  );
}
