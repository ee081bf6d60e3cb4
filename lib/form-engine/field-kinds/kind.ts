import type { z } from "zod";
import type { FieldBase, LocalizedText } from "../types";
import type { Locale } from "@/lib/i18n/config";

/** Context a schema may depend on: today's date in Asia/Shanghai (YYYY-MM-DD), and, in the browser at the window
 * or a kiosk, the masked identifiers the server sent (lib/form-engine/mask-answers.ts): an ID number, mobile or bank
 * card field also accepts one of those exactly, and the server puts the value it stands for back before it validates. */
export type SchemaContext = { today: string; masks?: readonly string[] };

/** How a stored answer is shown (review page, receipt, summary cards). maskIds / maskMobiles: least data on screen
 * where the full value is not needed. */
export type FormatOptions = { maskIds?: boolean; maskMobiles?: boolean; uploadNames?: Record<string, string> };

/** Any field with a kind tag. (Not FieldDef: FieldDef is read from the registry of FieldKinds.) */
export type TaggedField = FieldBase & { kind: string };

/**
 * Everything the engine knows about one kind of field, in one place: its value's schema (messages are translation
 * keys, "validation:…"), its empty value, how a stored value is shown, its text direction, and examples that the
 * contract test (field-kinds.contract.test.ts) runs every kind through, its name, and which of the shared input
 * views shows it with which input attributes (components/form-engine/fields/field-view.tsx maps the view names to
 * components). A new single-line kind (a postal code, a licence number) is one module in this folder (its field
 * type and this object) and its line in registry.ts: the text view takes its attributes and the browser tests
 * their way of filling it from the view it names. Every kind is shown with its examples on the staff page
 * /{locale}/staff/field-kinds.
 */
export type FieldKind<F extends TaggedField = TaggedField> = {
  /** What the kind is called, on the field-kind catalogue page. */
  title: LocalizedText;
  /** Which input view shows it. */
  view: FieldViewName;
  /** For the single-line text view: the input's attributes (keyboard on phones, direction, length). */
  input?: InputAttrs;
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
  /** Messages only this kind uses (a postal code's "six digits"), kept here rather than in the shared locale files;
   * its schema names them with kindMessageKey(tag, key) and messageText() finds them. */
  messages?: Record<string, LocalizedText>;
  /** For the contract test: a field of this kind (what it needs besides kind, name and label), values it accepts,
   * and values it refuses with the message a person sees. */
  examples: { field?: Partial<F>; good: readonly unknown[]; bad: readonly (readonly [unknown, string])[] };
};

export type FieldViewName =
  "text" | "longText" | "select" | "radio" | "checkbox" | "declaration" | "address" | "file" | "group";

export type InputAttrs = {
  type: "text" | "tel" | "date";
  inputMode?: "text" | "numeric" | "decimal" | "tel";
  /** Digits and identifiers stay left to right in Uyghur. */
  dir?: "ltr";
  autoComplete?: string;
  maxLength?: number;
  /** A short value (a date, an amount): a narrow box. */
  narrow?: boolean;
};

export const REQUIRED = "validation:required";

/** The key a kind's schema gives for one of its own `messages` (found by message-text.ts). */
export const kindMessageKey = (tag: string, key: string) => `fieldKind:${tag}.${key}`;

export const emptyString = {
  empty: () => "",
  isEmpty: (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === ""),
};
