import { z } from "zod";
import { passesLuhn } from "@/lib/validators/luhn";
import { findDivision } from "../address/ili-divisions";
import type { AddressField, BankCardField, DateField, FileField, IntegerField, MoneyField } from "../types";
import { emptyString, REQUIRED, type FieldKind } from "./kind";

export const dateKind: FieldKind<DateField> = {
  ...emptyString,
  schema: (f, ctx) =>
    z
      .string({ error: REQUIRED })
      .min(1, { error: REQUIRED })
      .refine(
        (v) =>
          /^\d{4}-\d{2}-\d{2}$/.test(v) &&
          !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
          new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
        { error: "validation:date.invalid" },
      )
      .refine((v) => !f.notFuture || v <= ctx.today, { error: "validation:date.future" })
      .refine((v) => !f.notPast || v >= ctx.today, { error: "validation:date.past" }),
};

export const bankCardKind: FieldKind<BankCardField> = {
  ...emptyString,
  schema: () =>
    z
      .string({ error: REQUIRED })
      .transform((v) => v.replace(/[\s-]/g, ""))
      .pipe(
        z
          .string()
          .min(1, { error: REQUIRED })
          .regex(/^\d{16,19}$/, { error: "validation:bankCard.length" })
          .refine(passesLuhn, { error: "validation:bankCard.checksum" }),
      ),
};

export const moneyKind: FieldKind<MoneyField> = {
  ...emptyString,
  schema: (f) =>
    z
      .string({ error: REQUIRED })
      .trim()
      .min(1, { error: REQUIRED })
      .regex(/^\d{1,9}(\.\d{1,2})?$/, { error: "validation:money" })
      .refine((v) => f.max === undefined || Number(v) <= f.max, { error: "validation:tooLarge" }),
};

export const integerKind: FieldKind<IntegerField> = {
  ...emptyString,
  schema: (f) =>
    z
      .string({ error: REQUIRED })
      .trim()
      .min(1, { error: REQUIRED })
      .regex(/^\d{1,9}$/, { error: "validation:integer" })
      .refine((v) => f.min === undefined || Number(v) >= f.min, { error: "validation:tooSmall" })
      .refine((v) => f.max === undefined || Number(v) <= f.max, { error: "validation:tooLarge" }),
};

export const ZAddress = z.object({
  county: z.string(),
  township: z.string(),
  community: z.string(),
  detail: z.string().trim().max(100, { error: "validation:tooLong" }),
});
export type TAddress = z.infer<typeof ZAddress>;

export const addressKind: FieldKind<AddressField> = {
  empty: () => ({ county: "", township: "", community: "", detail: "" }),
  isEmpty: (v) => !v || typeof v !== "object" || !(v as TAddress).county,
  schema: () =>
    ZAddress.superRefine((a, issue) => {
      if (!findDivision([a.county]))
        issue.addIssue({ code: "custom", path: ["county"], message: "validation:address.county" });
      else if (!findDivision([a.county, a.township]))
        issue.addIssue({ code: "custom", path: ["township"], message: "validation:address.township" });
      else if (!findDivision([a.county, a.township, a.community]))
        issue.addIssue({ code: "custom", path: ["community"], message: "validation:address.community" });
      if (!a.detail) issue.addIssue({ code: "custom", path: ["detail"], message: "validation:address.detail" });
    }),
};

/** Upload IDs of the files given for one material. */
export const fileKind: FieldKind<FileField> = {
  empty: () => [],
  isEmpty: (v) => !Array.isArray(v) || v.length === 0,
  schema: () =>
    z
      .array(z.string().min(1), { error: "validation:file.required" })
      .min(1, { error: "validation:file.required" })
      .max(10, { error: "validation:file.tooMany" }),
};
