"use client";
import { useTranslation } from "react-i18next";
import type { FieldDef } from "@/lib/form-engine/types";
import { describedBy, FieldShell, inputClass } from "../field-shell";
import { fieldId, type FieldProps } from "./field-props";

type InputAttrs = {
  type: string;
  inputMode?: "text" | "numeric" | "decimal" | "tel";
  dir?: "ltr";
  autoComplete?: string;
  maxLength?: number;
};

// Every single-line kind: the attributes differ (numbers and IDs stay left-to-right in Uyghur, the right keyboard on
// phones), the behaviour does not.
const attrs: Partial<Record<FieldDef["kind"], InputAttrs>> = {
  text: { type: "text" },
  personName: { type: "text", autoComplete: "off" },
  idNumber: { type: "text", inputMode: "text", dir: "ltr", autoComplete: "off", maxLength: 22 },
  mobile: { type: "tel", inputMode: "tel", dir: "ltr", autoComplete: "tel-national", maxLength: 13 },
  bankCard: { type: "text", inputMode: "numeric", dir: "ltr", autoComplete: "off", maxLength: 23 },
  money: { type: "text", inputMode: "decimal", dir: "ltr" },
  integer: { type: "text", inputMode: "numeric", dir: "ltr" },
  date: { type: "date", dir: "ltr" },
};

export function TextInput({ field, path, locale, form, error, note }: FieldProps) {
  const { t } = useTranslation("form");
  const id = fieldId(path);
  const hint = field.hint?.[locale];
  const a = attrs[field.kind] ?? { type: "text" };
  // A text in one script whatever the page (a Uyghur-script name on the Chinese page) is typed right-to-left.
  const script = field.kind === "text" && field.script === "ug" ? { lang: "ug", dir: "rtl" as const } : {};
  return (
    <FieldShell
      id={id}
      label={field.label[locale]}
      hint={hint}
      error={error}
      note={note}
      optionalText={field.optional ? t("optional") : undefined}
    >
      <input
        id={id}
        {...a}
        {...script}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, note)}
        className={`${inputClass(error)} ${a.dir ? "text-start" : ""} ${field.kind === "date" || field.kind === "integer" || field.kind === "money" ? "max-w-60" : ""}`}
        {...form.register(path)}
      />
    </FieldShell>
  );
}

export function LongTextInput({ field, path, locale, form, error, note }: FieldProps) {
  const { t } = useTranslation("form");
  const id = fieldId(path);
  const hint = field.hint?.[locale];
  return (
    <FieldShell
      id={id}
      label={field.label[locale]}
      hint={hint}
      error={error}
      note={note}
      optionalText={field.optional ? t("optional") : undefined}
    >
      <textarea
        id={id}
        rows={5}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, note)}
        className={inputClass(error)}
        {...form.register(path)}
      />
    </FieldShell>
  );
}
