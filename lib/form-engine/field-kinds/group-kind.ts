import { z } from "zod";
import type { FieldBase, FieldDef, LocalizedText } from "../types";
import type { FieldKind } from "./kind";
import { fieldSchema, formatValue } from "./field-schema";
import type { FileField } from "./structured-kinds";

export type GroupField = FieldBase & {
  kind: "group";
  /** One item's fields (no nested groups, no files). */
  fields: readonly Exclude<FieldDef, GroupField | FileField>[];
  minItems?: number;
  maxItems?: number;
  itemLabel: LocalizedText;
};

/** A repeatable group (household members…): a list of items, each checked with its item fields' schemas.
 * It recurses into fieldSchema and formatValue (called, not at load time, so the import cycle is harmless). */
export const groupKind: FieldKind<GroupField> = {
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
