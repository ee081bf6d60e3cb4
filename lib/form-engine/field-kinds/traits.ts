// What a form in the browser needs of a field kind to show it: its view, its input attributes, its empty value and
// its own messages in the page's language. Plain data without the kind's schema, so that a step page's first load
// does not carry zod: the server reads these from the registry (kind-traits.ts) and hands them to the form
// (components/form-engine/kind-traits.tsx); the schema itself is loaded only when the form validates.
import type { FieldViewName, InputAttrs } from "./kind";

export type KindTraits = {
  view: FieldViewName;
  input?: InputAttrs;
  empty: unknown;
  /** The kind's own messages (`kind.messages`) in the page's language. */
  messages?: Record<string, string>;
};
/** By kind tag, for the kinds a form uses. */
export type KindTraitsTable = Record<string, KindTraits>;

const PREFIX = "fieldKind:";

/** A kind's own message ("fieldKind:<tag>.<key>", see kindMessageKey) from the table, or undefined. */
export function kindMessageIn(table: KindTraitsTable, key: string): string | undefined {
  if (!key.startsWith(PREFIX)) return undefined;
  const [tag, ...rest] = key.slice(PREFIX.length).split(".");
  return table[tag!]?.messages?.[rest.join(".")];
}

/** The words for any message key, as messageText() (message-text.ts) gives them, from the table. */
export function messageTextIn(table: KindTraitsTable, key: string, t: (key: string) => string): string {
  return kindMessageIn(table, key) ?? t(key);
}

/** Deep copy of an empty value, so that two fields never share one array or object. */
export function emptyValue(table: KindTraitsTable, kind: string): unknown {
  const traits = table[kind];
  if (!traits) throw new Error(`no traits for the field kind ${kind}`);
  return structuredClone(traits.empty);
}
