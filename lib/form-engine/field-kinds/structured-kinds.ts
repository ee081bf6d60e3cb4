import { z } from "zod";
import { passesLuhn } from "@/lib/validators/luhn";
import { findDivision } from "../address/ili-divisions";
import type { FieldBase } from "../types";
import { maskBankCard } from "@/lib/format/mask";
import { emptyString, REQUIRED, type FieldKind } from "./kind";

export type DateField = FieldBase & { kind: "date"; notFuture?: boolean; notPast?: boolean };
export type AddressField = FieldBase & { kind: "address" };
export type BankCardField = FieldBase & { kind: "bankCard" };
export type MoneyField = FieldBase & { kind: "money"; max?: number };
export type IntegerField = FieldBase & { kind: "integer"; min?: number; max?: number };
export type FileField = FieldBase & { kind: "file"; material: string };

export const dateKind: FieldKind<DateField> = {
  title: { zh: "日期", ug: "چېسلا" },
  view: "text",
  input: { type: "date", dir: "ltr", narrow: true },
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
  ltr: true,
  examples: {
    field: { notFuture: true },
    good: ["1949-12-31", "2026-02-28"],
    bad: [
      ["2026-02-30", "validation:date.invalid"],
      ["2999-01-01", "validation:date.future"],
    ],
  },
};

export const bankCardKind: FieldKind<BankCardField> = {
  title: { zh: "银行卡号", ug: "بانكا كارتا نومۇرى" },
  view: "text",
  input: { type: "text", inputMode: "numeric", dir: "ltr", autoComplete: "off", maxLength: 23 },
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
  // Always masked when shown: a card number is never needed in full on a page.
  format: (_f, v) => maskBankCard(String(v)),
  ltr: true,
  examples: {
    good: ["6222021234567890128", "6222 0212 3456 7890 128"],
    bad: [
      ["6222021234567890127", "validation:bankCard.checksum"],
      ["12345", "validation:bankCard.length"],
    ],
  },
};

export const moneyKind: FieldKind<MoneyField> = {
  title: { zh: "金额", ug: "پۇل سوممىسى" },
  view: "text",
  input: { type: "text", inputMode: "decimal", dir: "ltr", narrow: true },
  ...emptyString,
  schema: (f) =>
    z
      .string({ error: REQUIRED })
      .trim()
      .min(1, { error: REQUIRED })
      .regex(/^\d{1,9}(\.\d{1,2})?$/, { error: "validation:money" })
      .refine((v) => f.max === undefined || Number(v) <= f.max, { error: "validation:tooLarge" }),
  ltr: true,
  examples: {
    field: { max: 100000 },
    good: ["0", "1234.5"],
    bad: [
      ["1.234", "validation:money"],
      ["100001", "validation:tooLarge"],
    ],
  },
};

export const integerKind: FieldKind<IntegerField> = {
  title: { zh: "整数", ug: "پۈتۈن سان" },
  view: "text",
  input: { type: "text", inputMode: "numeric", dir: "ltr", narrow: true },
  ...emptyString,
  schema: (f) =>
    z
      .string({ error: REQUIRED })
      .trim()
      .min(1, { error: REQUIRED })
      .regex(/^\d{1,9}$/, { error: "validation:integer" })
      .refine((v) => f.min === undefined || Number(v) >= f.min, { error: "validation:tooSmall" })
      .refine((v) => f.max === undefined || Number(v) <= f.max, { error: "validation:tooLarge" }),
  ltr: true,
  examples: {
    field: { min: 1, max: 12 },
    good: ["1", "12"],
    bad: [
      ["0", "validation:tooSmall"],
      ["1.5", "validation:integer"],
    ],
  },
};

export const ZAddress = z.object({
  county: z.string(),
  township: z.string(),
  community: z.string(),
  detail: z.string().trim().max(100, { error: "validation:tooLong" }),
});
export type TAddress = z.infer<typeof ZAddress>;

export const addressKind: FieldKind<AddressField> = {
  title: { zh: "地址", ug: "ئادرېس" },
  view: "address",
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
  format: (_f, v, locale) => {
    const a = v as TAddress;
    const names = [[a.county], [a.county, a.township], [a.county, a.township, a.community]]
      .map((p) => findDivision(p)?.name[locale])
      .filter(Boolean);
    return [...names, a.detail].join(" ");
  },
  examples: {
    good: [{ county: "654002", township: "654002002", community: "654002002001", detail: "喀赞其民俗街28号" }],
    bad: [
      [{ county: "999999", township: "", community: "", detail: "x" }, "validation:address.county"],
      [{ county: "654002", township: "654002002", community: "654002002001", detail: "" }, "validation:address.detail"],
    ],
  },
};

/** Upload IDs of the files given for one material. */
export const fileKind: FieldKind<FileField> = {
  title: { zh: "材料上传", ug: "ماتېرىيال يوللاش" },
  view: "file",
  empty: () => [],
  isEmpty: (v) => !Array.isArray(v) || v.length === 0,
  schema: () =>
    z
      .array(z.string().min(1), { error: "validation:file.required" })
      .min(1, { error: "validation:file.required" })
      .max(10, { error: "validation:file.tooMany" }),
  format: (_f, v, _l, opts) => (v as string[]).map((id) => opts.uploadNames?.[id] ?? id).join(", "),
  examples: { field: { material: "id-card" }, good: [["c1"]], bad: [[[], "validation:file.required"]] },
};
