import type { UseFormReturn } from "react-hook-form";
import type { FieldDef } from "@/lib/form-engine/types";
import type { Locale } from "@/lib/i18n/config";

export type FieldProps<F extends FieldDef = FieldDef> = {
  field: F;
  /** Form path of the value: the field name, or "household.0.name" inside a group. */
  path: string;
  locale: Locale;
  form: UseFormReturn<Record<string, unknown>>;
  error?: string;
  /** Where a prefilled value came from, shown and read out with the field. */
  note?: string;
  /** Names of the files already uploaded (the item and channel they belong to come from useFormChannel). */
  uploadNames: Record<string, string>;
};

export const fieldId = (path: string) => `f-${path.replace(/\./g, "-")}`;
