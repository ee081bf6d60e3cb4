import { z } from "zod";
import type { FieldBase } from "../types";
import { emptyString, kindMessageKey, REQUIRED, type FieldKind } from "./kind";

export type PostalCodeField = FieldBase & { kind: "postalCode" };

const sixDigits = kindMessageKey("postalCode", "sixDigits");

export const postalCodeKind: FieldKind<PostalCodeField> = {
  title: { zh: "邮政编码", ug: "پوچتا نومۇرى" },
  view: "text",
  input: { type: "text", inputMode: "numeric", dir: "ltr", autoComplete: "postal-code", maxLength: 6, narrow: true },
  ...emptyString,
  schema: () =>
    z
      .string({ error: REQUIRED })
      .trim()
      .min(1, { error: REQUIRED })
      .regex(/^\d{6}$/, { error: sixDigits }),
  ltr: true,
  messages: { sixDigits: { zh: "邮政编码是6位数字", ug: "پوچتا نومۇرى ئالتە خانىلىق سان بولىدۇ" } },
  examples: {
    good: ["835000"],
    bad: [
      ["83500", sixDigits],
      ["", REQUIRED],
    ],
  },
};
