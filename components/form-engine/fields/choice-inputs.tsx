"use client";
import { useTranslation } from "@/components/i18n/use-translation";
import type { CheckboxField, DeclarationField, RadioField, SelectField } from "@/lib/form-engine/types";
import { describedBy, FieldShell, inputClass } from "../field-shell";
import { fieldId, type FieldProps } from "./field-props";

const choiceRow = "flex items-center gap-3 min-h-11 py-1 text-lg cursor-pointer";
const box = "size-6 shrink-0 accent-brand-700 cursor-pointer";

export function SelectInput({ field, path, locale, form, error, note }: FieldProps<SelectField>) {
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
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, note)}
        className={inputClass(error)}
        {...form.register(path)}
      >
        <option value="">{t("select")}</option>
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label[locale]}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function RadioInput({ field, path, locale, form, error, note }: FieldProps<RadioField>) {
  const id = fieldId(path);
  return (
    <FieldShell id={id} label={field.label[locale]} hint={field.hint?.[locale]} error={error} note={note} group>
      {field.options.map((o, i) => (
        <label key={o.value} className={choiceRow}>
          <input id={i === 0 ? id : undefined} type="radio" value={o.value} className={box} {...form.register(path)} />
          {o.label[locale]}
        </label>
      ))}
    </FieldShell>
  );
}

export function CheckboxInput({ field, path, locale, form, error, note }: FieldProps<CheckboxField>) {
  const id = fieldId(path);
  return (
    <FieldShell id={id} label={field.label[locale]} hint={field.hint?.[locale]} error={error} note={note} group>
      {field.options.map((o, i) => (
        <label key={o.value} className={choiceRow}>
          <input
            id={i === 0 ? id : undefined}
            type="checkbox"
            value={o.value}
            className={box}
            {...form.register(path)}
          />
          {o.label[locale]}
        </label>
      ))}
    </FieldShell>
  );
}

export function DeclarationInput({ field, path, locale, form, error, note }: FieldProps<DeclarationField>) {
  const { t } = useTranslation("form");
  const id = fieldId(path);
  return (
    <FieldShell id={id} label={field.label[locale]} hint={field.hint?.[locale]} error={error} note={note} group>
      <p className="text-lg mb-2 border-s-4 border-brand-700 ps-4">{field.statement[locale]}</p>
      <label className={choiceRow}>
        <input id={id} type="checkbox" className={box} {...form.register(path)} />
        {t("agree")}
      </label>
    </FieldShell>
  );
}
