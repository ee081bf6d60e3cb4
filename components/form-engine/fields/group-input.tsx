"use client";
import { useFieldArray } from "react-hook-form";
import { useTranslation } from "@/components/i18n/use-translation";
import type { GroupField } from "@/lib/form-engine/types";
import { emptyValue } from "@/lib/form-engine/field-kinds/traits";
import { useKindTraits } from "../kind-traits";
import { buttonClasses } from "@/components/ui/button-classes";
import { FieldShell } from "../field-shell";
import { fieldId, type FieldProps } from "./field-props";
import { FieldView } from "./field-view";

// A repeatable group (e.g. household members): each item is a fieldset of the group's fields.
export function GroupInput(props: FieldProps<GroupField>) {
  const { field, path, locale, form, error, note } = props;
  const { t } = useTranslation(["form", "validation"]);
  const { fields, append, remove } = useFieldArray({ control: form.control, name: path as never });
  const errors = form.formState.errors as Record<string, unknown>;
  const itemErrors = (errors[path] ?? []) as Array<Record<string, { message?: string }> | undefined>;
  const traits = useKindTraits();
  const blank = () => Object.fromEntries(field.fields.map((f) => [f.name, emptyValue(traits, f.kind)]));
  return (
    <FieldShell
      id={fieldId(path)}
      label={field.label[locale]}
      hint={field.hint?.[locale]}
      error={error}
      note={note}
      group
    >
      {fields.map((item, i) => (
        <fieldset key={item.id} className="border-2 border-line rounded-lg p-4 mb-4">
          <legend className="font-semibold text-lg px-2">{`${field.itemLabel[locale]} · ${t("group.item", { n: i + 1 })}`}</legend>
          {field.fields.map((sub) => {
            const m = Array.isArray(itemErrors) ? itemErrors[i]?.[sub.name]?.message : undefined;
            return (
              <FieldView
                key={sub.name}
                {...props}
                field={sub}
                path={`${path}.${i}.${sub.name}`}
                error={m ? t(m) : undefined}
                note={undefined}
              />
            );
          })}
          <button type="button" className={buttonClasses.secondary} onClick={() => remove(i)}>
            {t("group.remove", { n: i + 1 })}
          </button>
        </fieldset>
      ))}
      <button type="button" className={buttonClasses.secondary} onClick={() => append(blank() as never)}>
        {t("group.add")}
      </button>
    </FieldShell>
  );
}
