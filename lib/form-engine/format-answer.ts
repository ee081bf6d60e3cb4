// Turns a stored answer into the words shown on the review page and the receipt. Each kind says how
// (field-kinds/*: `format`); this is the entry point the views use. Pure.
import type { FieldDef } from "./types";
import type { Locale } from "@/lib/i18n/config";
import { formatValue } from "./field-kinds/field-schema";
import type { FormatOptions } from "./field-kinds/kind";

export function formatAnswer(field: FieldDef, value: unknown, locale: Locale, opts: FormatOptions = {}): string | null {
  return formatValue(field, value, locale, opts);
}
