import { z } from "zod";
import { isPersonName, normalizePersonName } from "@/lib/validators/person-name";
import { checkIdNumber, normalizeIdNumber } from "@/lib/validators/id-number";
import { maskIdNumber, maskMobile } from "@/lib/format/mask";
import type { FieldBase } from "../types";
import { emptyString, REQUIRED, type FieldKind } from "./kind";

export type TextField = FieldBase & {
  kind: "text";
  maxLength?: number;
  pattern?: { regex: string; message: string };
  /** Text in one script whatever the page's language (a Uyghur-script name on the Chinese page): the input is
   * marked with that language and direction. */
  script?: "ug";
};
export type LongTextField = FieldBase & { kind: "longText"; maxLength?: number };
export type NameField = FieldBase & { kind: "personName" };
export type IdNumberField = FieldBase & { kind: "idNumber" };
export type MobileField = FieldBase & { kind: "mobile" };

const trimmed = () => z.string({ error: REQUIRED }).trim().min(1, { error: REQUIRED });

export const textKind: FieldKind<TextField> = {
  title: { zh: "文本", ug: "تېكىست" },
  view: "text",
  ...emptyString,
  schema: (f) => {
    let s = trimmed().max(f.maxLength ?? 100, { error: "validation:tooLong" });
    if (f.pattern) s = s.regex(new RegExp(f.pattern.regex), { error: f.pattern.message });
    return s;
  },
  examples: {
    field: { maxLength: 5 },
    good: ["ABC", "伊宁"],
    bad: [
      ["  ", "validation:required"],
      ["ABCDEF", "validation:tooLong"],
    ],
  },
};

export const longTextKind: FieldKind<LongTextField> = {
  title: { zh: "长文本", ug: "ئۇزۇن تېكىست" },
  view: "longText",
  ...emptyString,
  schema: (f) => trimmed().max(f.maxLength ?? 1000, { error: "validation:tooLong" }),
  examples: { good: ["因病致贫，申请救助。"], bad: [["", "validation:required"]] },
};

export const personNameKind: FieldKind<NameField> = {
  title: { zh: "姓名", ug: "ئىسىم-فامىلە" },
  view: "text",
  input: { type: "text", autoComplete: "off" },
  ...emptyString,
  schema: () => trimmed().refine(isPersonName, { error: "validation:personName" }).transform(normalizePersonName),
  examples: {
    good: ["阿依古丽·艾买提", "ئايگۈل ئەھمەت", "Nurlan Halim"],
    bad: [
      ["王1", "validation:personName"],
      ["", "validation:required"],
    ],
  },
};

export const idNumberKind: FieldKind<IdNumberField> = {
  title: { zh: "身份证号码", ug: "كىملىك نومۇرى" },
  view: "text",
  input: { type: "text", inputMode: "text", dir: "ltr", autoComplete: "off", maxLength: 22 },
  ...emptyString,
  schema: (_f, ctx) =>
    trimmed()
      .transform(normalizeIdNumber)
      .superRefine((v, issue) => {
        const problem = checkIdNumber(v, ctx.today);
        if (problem) issue.addIssue({ code: "custom", message: `validation:idNumber.${problem}` });
      }),
  format: (_f, v, _l, opts) => (opts.maskIds ? maskIdNumber(String(v)) : String(v)),
  ltr: true,
  examples: {
    good: ["11010519491231002X", "11010519491231002x"],
    bad: [
      ["110105194912310021", "validation:idNumber.checksum"],
      ["1101051949123100", "validation:idNumber.format"],
    ],
  },
};

export const mobileKind: FieldKind<MobileField> = {
  title: { zh: "手机号码", ug: "يانفون نومۇرى" },
  view: "text",
  input: { type: "tel", inputMode: "tel", dir: "ltr", autoComplete: "tel-national", maxLength: 13 },
  ...emptyString,
  schema: () =>
    trimmed()
      .transform((v) => v.replace(/[\s-]/g, ""))
      .pipe(z.string().regex(/^1[3-9]\d{9}$/, { error: "validation:mobile" })),
  format: (_f, v, _l, opts) => (opts.maskMobiles ? maskMobile(String(v)) : String(v)),
  ltr: true,
  examples: {
    good: ["13800000001", "138 0000 0001"],
    bad: [
      ["12800000001", "validation:mobile"],
      ["1380000000", "validation:mobile"],
    ],
  },
};
