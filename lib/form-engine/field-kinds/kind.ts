import type { z } from "zod";
import type { FieldDef } from "../types";

/** Context a schema may depend on: today's date in Asia/Shanghai (YYYY-MM-DD), and, in the browser at the window
 * or a kiosk, the masked identifiers the server sent (lib/form-engine/mask-answers.ts): an ID number, mobile or bank
 * card field also accepts one of those exactly, and the server puts the value it stands for back before it validates. */
export type SchemaContext = { today: string; masks?: readonly string[] };

/** A field kind owns the zod schema of its value. Messages are translation keys ("validation:…"). */
export type FieldKind<F extends FieldDef = FieldDef> = {
  /** Schema for a value that must be present (the engine makes it optional when the field is optional). */
  schema: (field: F, ctx: SchemaContext) => z.ZodType;
  /** The value of an untouched field (what a form starts with). */
  empty: (field: F) => unknown;
  /** Is this value "not given" (for optional fields and for prefill)? */
  isEmpty: (value: unknown) => boolean;
};

export const REQUIRED = "validation:required";

export const emptyString = {
  empty: () => "",
  isEmpty: (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === ""),
};
