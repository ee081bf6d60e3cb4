import { z } from "zod";
import type { CheckboxField, DeclarationField, RadioField, SelectField } from "../types";
import { emptyString, type FieldKind } from "./kind";

const oneOf = (values: string[]) =>
  z.string({ error: "validation:choose" }).refine((v) => values.includes(v), { error: "validation:choose" });

export const selectKind: FieldKind<SelectField> = {
  ...emptyString,
  schema: (f) => oneOf(f.options.map((o) => o.value)),
};

export const radioKind: FieldKind<RadioField> = {
  ...emptyString,
  schema: (f) => oneOf(f.options.map((o) => o.value)),
};

export const checkboxKind: FieldKind<CheckboxField> = {
  empty: () => [],
  isEmpty: (v) => !Array.isArray(v) || v.length === 0,
  schema: (f) => {
    const values = f.options.map((o) => o.value);
    return z
      .array(z.string(), { error: "validation:chooseAtLeastOne" })
      .refine((a) => a.every((v) => values.includes(v)), { error: "validation:choose" })
      .refine((a) => a.length >= (f.minSelected ?? 1), { error: "validation:chooseAtLeastOne" });
  },
};

export const declarationKind: FieldKind<DeclarationField> = {
  empty: () => false,
  isEmpty: (v) => v !== true,
  schema: () => z.literal(true, { error: "validation:declaration" }),
};
