// The t() that client components run in the browser instead of i18next (components/i18n/use-translation.tsx): the
// few conventions our texts use, kept identical to i18next's (client-translator.test.ts compares every text of both
// locales with i18next): "ns:key" and nested "a.b" keys, namespaces searched in the order given, `{{name}}`
// interpolation (not escaped: React escapes), plurals by `count` with the locale's rules (`key_one`, `key_other`).
// No fallback to another locale: a missing key shows as the key itself, so a missing Uyghur text shows up in tests.
import type { Locale } from "./config";

/** Namespace → its texts (a whole namespace, or only the sub-trees a page's client components use). */
export type Strings = Record<string, Record<string, unknown>>;
export type TOptions = Record<string, unknown> & { count?: number };
export type ClientT = (key: string, options?: TOptions) => string;

function lookup(tree: unknown, path: string): unknown {
  let node = tree;
  for (const part of path.split(".")) {
    if (!node || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
function pluralOf(locale: Locale, count: number): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count);
}

export function translator(
  { locale, strings }: { locale: Locale; strings: Strings },
  namespaces: readonly string[],
): ClientT {
  return (key, options) => {
    const colon = key.indexOf(":");
    const [nsList, path] = colon > 0 ? [[key.slice(0, colon)], key.slice(colon + 1)] : [namespaces, key];
    let text: unknown;
    for (const ns of nsList) {
      const tree = strings[ns];
      if (typeof options?.count === "number") text = lookup(tree, `${path}_${pluralOf(locale, options.count)}`);
      if (typeof text !== "string") text = lookup(tree, path);
      if (typeof text === "string") break;
    }
    if (typeof text !== "string") return path;
    if (!options) return text;
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in options ? String(options[name]) : m));
  };
}
