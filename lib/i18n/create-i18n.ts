// One i18next instance per locale and request (server) or per provider (client): instances are never shared
// between users, so a Uyghur request can never render with a Chinese t().
import { createInstance, type i18n } from "i18next";
import { resources, namespaces } from "./resources";
import type { Locale } from "./config";

export function createI18n(locale: Locale): i18n {
  const instance = createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: false, // a missing Uyghur text must show up in tests, not silently fall back to Chinese
    resources: { [locale]: resources[locale] },
    ns: namespaces as unknown as string[],
    defaultNS: "common",
    interpolation: { escapeValue: false }, // React escapes
    initAsync: false,
    returnNull: false,
  });
  return instance;
}
