"use client";
import { useTranslation } from "@/components/i18n/use-translation";
import { useTraitsOf } from "../kind-traits";
import { describedBy, FieldShell, inputClass } from "../field-shell";
import { fieldId, type FieldProps } from "./field-props";

// Every single-line kind: the attributes come from the kind (lib/form-engine/field-kinds), the behaviour is one.
export function TextInput({ field, path, locale, form, error, note }: FieldProps) {
  const { t } = useTranslation("form");
  const id = fieldId(path);
  const hint = field.hint?.[locale];
  const { narrow, ...a } = useTraitsOf(field.kind).input ?? { type: "text" as const };
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
        className={`${inputClass(error)} ${a.dir ? "text-start" : ""} ${narrow ? "max-w-60" : ""}`}
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
