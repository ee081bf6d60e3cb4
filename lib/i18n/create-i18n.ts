// i18next instances. `i18nFor(locale)` is the one shared instance of a locale (server and browser): built once per
// process, it holds only that locale's resources and its language can never change (changeLanguage throws), so a
// Uyghur page can never render with a Chinese t() however many requests share it. Building an instance per request
// (createInstance, init, plural rules, a resource store of 14 namespaces) was measurable work on every page view
// (bench/throughput.ts). `createI18n` still makes a fresh, private instance for code that wants one.
import { createInstance, type i18n } from "i18next";
import { resources, namespaces } from "./resources";
import { locales, type Locale } from "./config";

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

const shared = new Map<Locale, i18n>();

/** The locale's shared instance (never changes language). */
export function i18nFor(locale: Locale): i18n {
  let instance = shared.get(locale);
  if (!instance) {
    if (!locales.includes(locale)) throw new Error(`unknown locale ${String(locale)}`);
    instance = createI18n(locale);
    const fixed = instance;
    fixed.changeLanguage = async (lng?: string) => {
      if (lng !== undefined && lng !== locale)
        throw new Error(`the shared ${locale} i18next instance cannot change language`);
      return fixed.t;
    };
    shared.set(locale, instance);
  }
  return instance;
}
