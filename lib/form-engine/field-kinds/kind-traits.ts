// The traits (traits.ts) of the kinds a list of fields uses, read from the registry, in one language: what the server
// hands a form so that the browser needs no field-kind module (nor zod) to show it.
import type { Locale } from "@/lib/i18n/config";
import type { FieldDef } from "../types";
import type { FieldKind } from "./kind";
import { fieldKinds } from "./registry";
import type { KindTraitsTable } from "./traits";

function kindsIn(fields: readonly FieldDef[], into = new Set<string>()): Set<string> {
  for (const f of fields) {
    into.add(f.kind);
    if (f.kind === "group") kindsIn(f.fields, into);
  }
  return into;
}

export function kindTraitsFor(fields: readonly FieldDef[], locale: Locale): KindTraitsTable {
  return kindTraitsOf([...kindsIn(fields)], locale);
}

export function kindTraitsOf(kinds: readonly string[], locale: Locale): KindTraitsTable {
  const table: KindTraitsTable = {};
  for (const tag of kinds) {
    const kind = (fieldKinds as Record<string, FieldKind<never>>)[tag];
    if (!kind) throw new Error(`unknown field kind ${tag}`);
    table[tag] = {
      view: kind.view,
      ...(kind.input ? { input: kind.input } : {}),
      empty: kind.empty(undefined as never),
      ...(kind.messages
        ? { messages: Object.fromEntries(Object.entries(kind.messages).map(([k, text]) => [k, text[locale]])) }
        : {}),
    };
  }
  return table;
}
