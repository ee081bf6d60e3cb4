"use client";
import { useState, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import { createI18n } from "@/lib/i18n/create-i18n";
import type { Locale } from "@/lib/i18n/config";

// Client components get the same translations as the server, for the page's locale only.
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const [i18n] = useState(() => createI18n(locale));
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
