import { z } from "zod";
import type { FieldBase, LocalizedText, Option } from "../types";
import type { Locale } from "@/lib/i18n/config";
import { emptyString, type FieldKind } from "./kind";

export type SelectField = FieldBase & { kind: "select"; options: readonly Option[] };
export type RadioField = FieldBase & { kind: "radio"; options: readonly Option[] };
export type CheckboxField = FieldBase & { kind: "checkbox"; options: readonly Option[]; minSelected?: number };
export type DeclarationField = FieldBase & { kind: "declaration"; statement: LocalizedText };

const options = [
  { value: "a", label: { zh: "甲", ug: "A" } },
  { value: "b", label: { zh: "乙", ug: "B" } },
];
const labelOf = (f: SelectField | RadioField | CheckboxField, value: string, locale: Locale) =>
  f.options.find((o) => o.value === value)?.label[locale] ?? value;

const oneOf = (values: string[]) =>
  z.string({ error: "validation:choose" }).refine((v) => values.includes(v), { error: "validation:choose" });

export const selectKind: FieldKind<SelectField> = {
  title: { zh: "下拉选择", ug: "تىزىملىكتىن تاللاش" },
  view: "select",
  ...emptyString,
  schema: (f) => oneOf(f.options.map((o) => o.value)),
  format: (f, v, locale) => labelOf(f, String(v), locale),
  examples: { field: { options }, good: ["a", "b"], bad: [["c", "validation:choose"]] },
};

export const radioKind: FieldKind<RadioField> = {
  title: { zh: "单选", ug: "بىرنى تاللاش" },
  view: "radio",
  ...emptyString,
  schema: (f) => oneOf(f.options.map((o) => o.value)),
  format: (f, v, locale) => labelOf(f, String(v), locale),
  examples: { field: { options }, good: ["a"], bad: [["", "validation:choose"]] },
};

export const checkboxKind: FieldKind<CheckboxField> = {
  title: { zh: "多选", ug: "بىرنەچچىنى تاللاش" },
  view: "checkbox",
  empty: () => [],
  isEmpty: (v) => !Array.isArray(v) || v.length === 0,
  schema: (f) => {
    const values = f.options.map((o) => o.value);
    return z
      .array(z.string(), { error: "validation:chooseAtLeastOne" })
      .refine((a) => a.every((v) => values.includes(v)), { error: "validation:choose" })
      .refine((a) => a.length >= (f.minSelected ?? 1), { error: "validation:chooseAtLeastOne" });
  },
  format: (f, v, locale) => (v as string[]).map((x) => labelOf(f, x, locale)).join(locale === "ug" ? "، " : "、"),
  examples: {
    field: { options },
    good: [["a"], ["a", "b"]],
    bad: [
      [["c"], "validation:choose"],
      ["a", "validation:chooseAtLeastOne"],
    ],
  },
};

export const declarationKind: FieldKind<DeclarationField> = {
  title: { zh: "声明确认", ug: "باياناتنى جەزملەشتۈرۈش" },
  view: "declaration",
  empty: () => false,
  isEmpty: (v) => v !== true,
  schema: () => z.literal(true, { error: "validation:declaration" }),
  format: (_f, v) => (v === true ? "✓" : ""),
  examples: {
    field: { statement: { zh: "以上属实。", ug: "يۇقىرىقىلار راست." } },
    good: [true],
    bad: [[false, "validation:declaration"]],
  },
};
