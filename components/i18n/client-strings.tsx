// Hands client components the texts they use, rendered on the server: only the namespaces ("form") or sub-trees
// ("a11y:readAloud") named here, of the page's locale only, travel to the browser (in the page's RSC payload), never
// i18next itself and never a whole locale. Client components read them with useTranslation from ./use-translation.
import "server-only";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { resources, type Namespace } from "@/lib/i18n/resources";
import { TranslationsProvider, type Strings } from "./use-translation";

/** "ns" for a whole namespace, "ns:a.b" for one sub-tree of it. */
export type Pick = Namespace | `${Namespace}:${string}`;

export function pickStrings(locale: Locale, pick: readonly Pick[]): Strings {
  const out: Strings = {};
  for (const entry of pick) {
    const [ns, path] = entry.split(":") as [Namespace, string | undefined];
    const tree = resources[locale][ns] as Record<string, unknown>;
    if (!path) {
      out[ns] = tree;
      continue;
    }
    const parts = path.split(".");
    let node: unknown = tree;
    for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
    if (node === undefined) throw new Error(`no texts under ${entry}`);
    // Rebuild the path down to the sub-tree, next to what other entries picked from the same namespace.
    let target = (out[ns] ??= {}) as Record<string, unknown>;
    parts.forEach((p, i) => {
      if (i === parts.length - 1) target[p] = node;
      else target = (target[p] ??= {}) as Record<string, unknown>;
    });
  }
  return out;
}

export function ClientStrings({
  locale,
  pick,
  children,
}: {
  locale: Locale;
  pick: readonly Pick[];
  children: ReactNode;
}) {
  return (
    <TranslationsProvider locale={locale} strings={pickStrings(locale, pick)}>
      {children}
    </TranslationsProvider>
  );
}
