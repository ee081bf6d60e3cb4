import type { z } from "zod";
import type { FieldDef } from "../types";
import type { Locale } from "@/lib/i18n/config";

/** Context a schema may depend on: today's date in Asia/Shanghai (YYYY-MM-DD), and, in the browser at the window
 * or a kiosk, the masked identifiers the server sent (lib/form-engine/mask-answers.ts): an ID number, mobile or bank
 * card field also accepts one of those exactly, and the server puts the value it stands for back before it validates. */
export type SchemaContext = { today: string; masks?: readonly string[] };

/** How a stored answer is shown (review page, receipt, summary cards). maskIds / maskMobiles: least data on screen
 * where the full value is not needed. */
export type FormatOptions = { maskIds?: boolean; maskMobiles?: boolean; uploadNames?: Record<string, string> };

/**
 * Everything the engine knows about one kind of field, in one place: its value's schema (messages are translation
 * keys, "validation:…"), its empty value, how a stored value is shown, its text direction, and examples that the
 * contract test (field-kinds.contract.test.ts) runs every kind through. The input view is in
 * components/form-engine/fields/field-view.tsx and the e2e filler in e2e/apply-helpers.ts.
 */
export type FieldKind<F extends FieldDef = FieldDef> = {
  /** Schema for a value that must be present (the engine makes it optional when the field is optional). */
  schema: (field: F, ctx: SchemaContext) => z.ZodType;
  /** The value of an untouched field (what a form starts with). */
  empty: (field: F) => unknown;
  /** Is this value "not given" (for optional fields and for prefill)? */
  isEmpty: (value: unknown) => boolean;
  /** The words shown for a given (non-empty) value; the value as it is when absent. */
  format?: (field: F, value: unknown, locale: Locale, opts: FormatOptions) => string;
  /** Written left to right in every language (digits, identifiers, dates): shown in a dir="ltr" isolate. */
  ltr?: boolean;
  /** For the contract test: a field of this kind (what it needs besides kind, name and label), values it accepts,
   * and values it refuses with the message a person sees. */
  examples: { field?: Partial<F>; good: readonly unknown[]; bad: readonly (readonly [unknown, string])[] };
};

export const REQUIRED = "validation:required";

export const emptyString = {
  empty: () => "",
  isEmpty: (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === ""),
};
