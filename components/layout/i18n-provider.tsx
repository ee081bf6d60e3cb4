"use client";
import type { ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { i18nFor } from "@/lib/i18n/create-i18n";
import type { Locale } from "@/lib/i18n/config";

// Client components get the same translations as the server, for the page's locale only: the locale's shared
// instance (built once per process or browser tab, never changes language; lib/i18n/create-i18n.ts).
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <I18nextProvider i18n={i18nFor(locale)}>{children}</I18nextProvider>;
}
