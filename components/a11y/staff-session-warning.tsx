"use client";
// Staff sessions end after 30 minutes idle (lib/auth/session-cookie.ts). Two minutes before, this warns and offers
// one button to stay signed in (WCAG 2.2.1). Activity on the page counts: while someone types in a long form, the
// server is told at most once a minute, so the server's idle clock and this one agree.
import { useCallback, useRef } from "react";
import { useRouter } from "next/navigation";
import { useTranslation } from "react-i18next";
import { useIdleCountdown } from "./use-idle-countdown";
import { TimeoutWarning } from "./timeout-warning";
import { signInUrl } from "@/lib/http/paths";
import type { Locale } from "@/lib/i18n/config";

const KEEPALIVE_MS = 60_000;

export function StaffSessionWarning({ locale, idleSeconds }: { locale: Locale; idleSeconds: number }) {
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
    const back = window.location.pathname + window.location.search;
    router.push(signInUrl(locale, "staff", back, "idle"));
  }, [locale, router]);
  const { left, reset } = useIdleCountdown({ idleSeconds, warnSeconds: 120, onExpire, onActive });
  if (left === null) return null;
  const minutes = Math.floor(left / 60);
  const seconds = left % 60;
  return (
    <TimeoutWarning
      title={t("sessionWarning.title")}
      text={t("sessionWarning.text", { time: `${minutes}:${String(seconds).padStart(2, "0")}` })}
      action={t("sessionWarning.extend")}
      onAction={() => {
        ping();
        reset();
      }}
    />
  );
}
