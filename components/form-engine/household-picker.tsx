"use client";
// "Choose from my household" before the fields about one other person: picking a member fills them, "someone
// else" leaves them to type. Not a form field itself (nothing of it is saved); the logic is lib/profile/household-pick.
import { useState } from "react";
import { useWatch, type UseFormReturn } from "react-hook-form";
import { useTranslation } from "@/components/i18n/use-translation";
import type { Answers, HouseholdPick } from "@/lib/form-engine/types";
import type { Locale } from "@/lib/i18n/config";
import type { PickableMember } from "@/lib/profile/household-pick";
import { emptyValue } from "@/lib/form-engine/field-kinds/traits";
import { FieldShell } from "./field-shell";
import { useKindTraits } from "./kind-traits";
import { langOfTyped } from "@/lib/i18n/text-lang";

/** A member as offered: the facts, the relation in the page's language, where the member's facts came from, and
 * what picking the member fills (pickValues, worked out by the server: it checks each value against its field's
 * schema, which the page does not load up front). */
export type PickMember = PickableMember & { relationLabel: string; note: string; values: Answers };

// As in lib/profile/household-pick.ts (which the browser does not load: it reaches the field kinds' schemas).
const same = (a: unknown, b: unknown) =>
  typeof a === "string" && typeof b === "string" ? a.trim() === b.trim() : a === b;

/** Index of the member the answers already describe, or -1 (pickedMember in household-pick.ts). */
function pickedMember(pick: HouseholdPick, members: readonly PickMember[], answers: Answers): number {
  return members.findIndex(
    (m) => pick.name in m.values && Object.entries(m.values).every(([k, v]) => same(answers[k], v)),
  );
}

/** The fields that hold a picked member's values, with that member's source note. */
export function pickedNotes(pick: HouseholdPick, members: PickMember[], answers: Answers): Record<string, string> {
  const i = pickedMember(pick, members, answers);
  if (i < 0) return {};
  return Object.fromEntries(Object.keys(members[i]!.values).map((name) => [name, members[i]!.note]));
}

type Props = {
  pick: HouseholdPick;
  members: PickMember[];
  form: UseFormReturn<Record<string, unknown>>;
  answers: Answers;
  /** The kinds of the fields a pick fills, by field name (for their empty values when a pick is undone). */
  kinds: Record<string, string>;
  locale: Locale;
};

export function HouseholdPicker({ pick, members, form, answers, kinds }: Props) {
  const { t } = useTranslation("form");
  const traits = useKindTraits();
  const values = { ...answers, ...(useWatch({ control: form.control }) as Answers) };
  const current = pickedMember(pick, members, values);
  const [other, setOther] = useState(false);
  const typed = typeof values[pick.name] === "string" && (values[pick.name] as string).trim() !== "";
  const selected = current >= 0 ? `m${current}` : other || typed ? "other" : "";
  const id = `f-pick-${pick.name}`;

  function choose(v: string) {
    const set = (patch: Answers) => {
      for (const [name, value] of Object.entries(patch))
        form.setValue(name, value, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    };
    // Undoing a pick (unpickValues): the fields that still hold that member's values are emptied, anything typed
    // since is kept.
    if (current >= 0)
      set(
        Object.fromEntries(
          Object.entries(members[current]!.values)
            .filter(([name, value]) => same(values[name], value))
            .map(([name]) => [name, emptyValue(traits, kinds[name]!)]),
        ),
      );
    const m = v.startsWith("m") ? members[Number(v.slice(1))] : undefined;
    if (m) set(m.values);
    setOther(v === "other");
  }

  // Radios, not a <select>: a member's name is in the language it was typed in (often Chinese on the Uyghur page),
  // and only an element inside a label can carry its own lang and direction (<bdi lang>); an <option> cannot.
  const option = (value: string, content: React.ReactNode, i?: number) => (
    <label key={value} className="flex items-center gap-3 min-h-11 py-1 text-lg cursor-pointer">
      <input
        id={i === 0 ? id : undefined}
        type="radio"
        name={`pick-${pick.name}`}
        value={value}
        checked={selected === value}
        onChange={() => choose(value)}
        className="size-6 shrink-0 accent-brand-700 cursor-pointer"
      />
      <span>{content}</span>
    </label>
  );
  return (
    <FieldShell id={id} label={t("householdPick.label")} hint={t("householdPick.hint")} group>
      {members.map((m, i) =>
        option(
          `m${i}`,
          <>
            <bdi lang={langOfTyped(m.name)}>{m.name}</bdi>
            {t("householdPick.relationSeparator")}
            {m.relationLabel}
          </>,
          i,
        ),
      )}
      {option("other", t("householdPick.other"))}
      {/* Derived from the values, not kept as state: it says what is filled for as long as it is. */}
      <p role="status" className="sr-only">
        {current >= 0 ? t("householdPick.filled", { name: members[current]!.name }) : ""}
      </p>
    </FieldShell>
  );
}
