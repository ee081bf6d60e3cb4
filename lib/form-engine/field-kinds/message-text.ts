// The words for a validation message key, in one place for every form: a key of the shared locale files
// ("validation:required"), or a field kind's own message ("fieldKind:postalCode.format", kept in the kind's module
// so that a new kind needs no change outside this folder).
import type { Locale } from "@/lib/i18n/config";
import type { FieldKind } from "./kind";
import { fieldKinds } from "./registry";

const PREFIX = "fieldKind:";

/** A kind's own message in a language, or undefined when the key is not a kind's (or names none). */
export function kindMessage(key: string, locale: Locale): string | undefined {
  if (!key.startsWith(PREFIX)) return undefined;
  const [tag, ...rest] = key.slice(PREFIX.length).split(".");
  const kind = (fieldKinds as Record<string, FieldKind<never>>)[tag!];
  return kind?.messages?.[rest.join(".")]?.[locale];
}

/** The words for any message key: a kind's own message, or the translation of a locale-file key. */
export function messageText(key: string, locale: Locale, t: (key: string) => string): string {
  return kindMessage(key, locale) ?? t(key);
}
