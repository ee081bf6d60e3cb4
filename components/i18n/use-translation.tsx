"use client";
// Translations for client components without i18next on the client. The server renders <ClientStrings> (client-strings.tsx)
// with only the namespaces or sub-trees that the client components below it use, in the page's locale only; this
// file is the few lines the browser runs instead of i18next + react-i18next + every resource of both locales.
// It keeps i18next's conventions that our client components rely on: "ns:key" and nested "a.b" keys, namespaces
// searched in the order given to useTranslation, `{{name}}` interpolation (not escaped: React escapes), plurals by
// `count` with the locale's plural rules (`key_one`, `key_other`), and no fallback to another locale: a missing key
// shows as the key itself, so a missing Uyghur text shows up in tests instead of Chinese.
import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { translator, type Strings } from "@/lib/i18n/client-translator";

export type { Strings };
type Value = { locale: Locale; strings: Strings };

const TranslationsContext = createContext<Value | null>(null);

function merge(into: Record<string, unknown>, from: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...into };
  for (const [k, v] of Object.entries(from)) {
    const before = out[k];
    out[k] =
      before && typeof before === "object" && v && typeof v === "object"
        ? merge(before as Record<string, unknown>, v as Record<string, unknown>)
        : v;
  }
  return out;
}

/** Rendered by <ClientStrings> (server); nested providers add to what the outer ones gave. */
export function TranslationsProvider({ locale, strings, children }: Value & { children: ReactNode }) {
  const outer = useContext(TranslationsContext);
  const value = useMemo<Value>(
    () => ({ locale, strings: outer ? (merge(outer.strings, strings) as Strings) : strings }),
    [outer, locale, strings],
  );
  return <TranslationsContext.Provider value={value}>{children}</TranslationsContext.Provider>;
}

/** The client components' t(), with the same call shape as react-i18next's useTranslation. */
export function useTranslation(ns: string | readonly string[] = "common") {
  const value = useContext(TranslationsContext);
  if (!value) throw new Error("useTranslation needs a <ClientStrings> above it (components/i18n/client-strings.tsx)");
  const key = typeof ns === "string" ? ns : ns.join(",");
  const t = useMemo(() => translator(value, typeof ns === "string" ? [ns] : ns), [value, key]); // eslint-disable-line react-hooks/exhaustive-deps
  return { t, i18n: { language: value.locale } };
}
