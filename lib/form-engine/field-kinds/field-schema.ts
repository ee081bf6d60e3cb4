import { z } from "zod";
import type { FieldDef, FieldKindId } from "../types";
import type { FieldKind, FormatOptions, SchemaContext } from "./kind";
import type { Locale } from "@/lib/i18n/config";
import { idNumberKind, longTextKind, mobileKind, personNameKind, textKind } from "./text-kinds";
import { checkboxKind, declarationKind, radioKind, selectKind } from "./choice-kinds";
import { isMaskedKind } from "../mask-answers";
import { addressKind, bankCardKind, dateKind, fileKind, integerKind, moneyKind } from "./structured-kinds";
import type { GroupField } from "../types";

/** A repeatable group (household members…): a list of items, each checked with its item fields' schemas.
 * Defined here, beside fieldSchema, because it recurses into it. */
const groupKind: FieldKind<GroupField> = {
  title: { zh: "可重复的一组", ug: "تەكرارلىنىدىغان گۇرۇپپا" },
  view: "group",
  empty: () => [],
  isEmpty: (v) => !Array.isArray(v) || v.length === 0,
  schema: (f, ctx) => {
    const item = z.object(Object.fromEntries(f.fields.map((sub) => [sub.name, fieldSchema(sub, ctx)])));
    return z
      .array(item, { error: "validation:group.tooFew" })
      .min(f.minItems ?? 1, { error: "validation:group.tooFew" })
      .max(f.maxItems ?? 20, { error: "validation:group.tooMany" });
  },
  format: (f, v, locale, opts) =>
    (v as Record<string, unknown>[])
      .map((item) =>
        f.fields
          .map((sub) => formatValue(sub, item[sub.name], locale, opts))
          .filter(Boolean)
          .join(" / "),
      )
      .join("; "),
  examples: {
    field: {
      itemLabel: { zh: "成员", ug: "ئەزا" },
      fields: [{ kind: "personName", name: "n", label: { zh: "姓名", ug: "ئىسىم" } }],
    },
    good: [[{ n: "王丽" }]],
    bad: [[[], "validation:group.tooFew"]],
  },
};

/** The closed registry of field kinds. Adding a kind = one entry here + its view in components/form-engine. */
export const fieldKinds: { [K in FieldKindId]: FieldKind<Extract<FieldDef, { kind: K }>> } = {
  text: textKind,
  longText: longTextKind,
  personName: personNameKind,
  idNumber: idNumberKind,
  mobile: mobileKind,
  date: dateKind,
  select: selectKind,
  radio: radioKind,
  checkbox: checkboxKind,
  address: addressKind,
  bankCard: bankCardKind,
  money: moneyKind,
  integer: integerKind,
  declaration: declarationKind,
  file: fileKind,
  group: groupKind,
};

export function kindOf<F extends FieldDef>(field: F): FieldKind<F> {
  return fieldKinds[field.kind] as unknown as FieldKind<F>;
}

/** Also accepts one of the masks the server sent, as it is; anything else is checked (and reported) as before. */
function acceptingMasks(schema: z.ZodType, masks: readonly string[]): z.ZodType {
  const accepted = new Set(masks);
  return z.unknown().transform((value, c) => {
    if (typeof value === "string" && accepted.has(value)) return value;
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    for (const issue of r.error.issues) c.addIssue({ code: "custom", message: issue.message, path: issue.path });
    return z.NEVER;
  });
}

/** The schema of one field's value; an optional field also accepts "not given". */
export function fieldSchema(field: FieldDef, ctx: SchemaContext): z.ZodType {
  const kind = kindOf(field);
  const own = kind.schema(field, ctx);
  const schema = ctx.masks?.length && isMaskedKind(field.kind) ? acceptingMasks(own, ctx.masks) : own;
  if (!field.optional) return schema;
  // "Not given" (an empty string, no file, an untouched address) becomes undefined, which an optional field accepts.
  return z.preprocess((v) => (kind.isEmpty(v) ? undefined : v), schema.optional());
}

/** The words shown for a stored answer (review page, receipt, summary cards); null when nothing was given. */
export function formatValue(field: FieldDef, value: unknown, locale: Locale, opts: FormatOptions = {}): string | null {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0))
    return null;
  const kind = kindOf(field);
  return kind.format ? kind.format(field, value, locale, opts) || null : String(value);
}
