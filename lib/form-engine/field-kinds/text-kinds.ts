import { z } from "zod";
import { isPersonName, normalizePersonName } from "@/lib/validators/person-name";
import { checkIdNumber, normalizeIdNumber } from "@/lib/validators/id-number";
import type { IdNumberField, LongTextField, MobileField, NameField, TextField } from "../types";
import { emptyString, REQUIRED, type FieldKind } from "./kind";

const trimmed = () => z.string({ error: REQUIRED }).trim().min(1, { error: REQUIRED });

export const textKind: FieldKind<TextField> = {
  ...emptyString,
  schema: (f) => {
    let s = trimmed().max(f.maxLength ?? 100, { error: "validation:tooLong" });
    if (f.pattern) s = s.regex(new RegExp(f.pattern.regex), { error: f.pattern.message });
    return s;
  },
};

export const longTextKind: FieldKind<LongTextField> = {
  ...emptyString,
  schema: (f) => trimmed().max(f.maxLength ?? 1000, { error: "validation:tooLong" }),
};

export const personNameKind: FieldKind<NameField> = {
  ...emptyString,
  schema: () => trimmed().refine(isPersonName, { error: "validation:personName" }).transform(normalizePersonName),
};

export const idNumberKind: FieldKind<IdNumberField> = {
  ...emptyString,
  schema: (_f, ctx) =>
    trimmed()
      .transform(normalizeIdNumber)
      .superRefine((v, issue) => {
        const problem = checkIdNumber(v, ctx.today);
        if (problem) issue.addIssue({ code: "custom", message: `validation:idNumber.${problem}` });
      }),
};

export const mobileKind: FieldKind<MobileField> = {
  ...emptyString,
  schema: () =>
    trimmed()
      .transform((v) => v.replace(/[\s-]/g, ""))
      .pipe(z.string().regex(/^1[3-9]\d{9}$/, { error: "validation:mobile" })),
};
